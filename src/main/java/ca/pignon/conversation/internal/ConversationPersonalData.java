package ca.pignon.conversation.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.pignon.dossier.Anonymised;
import ca.pignon.dossier.DataOrigin;
import ca.pignon.dossier.DataSubject;
import ca.pignon.dossier.PersonalDataHolder;
import ca.pignon.dossier.PersonalRecord;
import ca.pignon.dossier.RecordKind;
import ca.pignon.dossier.TableRecords;
import ca.pignon.platform.AccountRecords;

/**
 * A merchant's conversation with their advisor: the messages both wrote (collected: the merchant's words, and staff's
 * words about them). Anonymising keeps each message's date, who wrote it (an account id: the merchant's account is
 * anonymised by platform) and whether it was a request for help on which action (what reports may count); it empties
 * the text, and the staff's copies of the merchant's messages in the outbox say {@code [anonymisé]} instead (the mails
 * to the merchant's own address are deleted with their account). The advisors' contact choices are staff's data, not
 * the merchant's.
 */
@Component
class ConversationPersonalData implements PersonalDataHolder {

	static final RecordKind MESSAGE = RecordKind.of("conversation", "message", "conversation_message",
			DataOrigin.COLLECTED);

	private final JdbcClient jdbc;

	private final AccountRecords accounts;

	ConversationPersonalData(JdbcClient jdbc, AccountRecords accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	@Override
	public List<RecordKind> recordKinds() {
		return List.of(MESSAGE);
	}

	@Override
	public List<PersonalRecord> recordsOf(DataSubject subject) {
		return TableRecords.of(jdbc, MESSAGE.id(),
				"SELECT * FROM conversation_message WHERE application_id = CAST(:application AS uuid) ORDER BY created_at, id",
				TableRecords.params(subject));
	}

	@Override
	public void anonymise(DataSubject subject) {
		var params = TableRecords.params(subject);
		accounts.redactInMails(jdbc
			.sql("SELECT body FROM conversation_message WHERE application_id = CAST(:application AS uuid) AND NOT by_staff")
			.params(params)
			.query(String.class)
			.list());
		jdbc.sql("UPDATE conversation_message SET body = :text WHERE application_id = CAST(:application AS uuid)")
			.params(params)
			.param("text", Anonymised.TEXT)
			.update();
	}

}
