package ca.pignon.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import ca.pignon.platform.AccountRecords;

/**
 * Platform's part of a merchant's personal data (their account, the one-time links it was sent, the mails sent to
 * them), declared here because platform sits below the dossier and cannot implement its hook. Platform reads and
 * anonymises its own tables ({@link AccountRecords}); this holder only names them and turns them into records, with
 * each column's name as a field, as {@link TableRecords} does for the other holders.
 * <p>
 * Anonymised after every other holder but the dossier's own ({@link PersonalDataManagement}): the others may still
 * look up the merchant's display name, and the business's name is still there to be redacted from staff's mails.
 */
@Component
class PlatformPersonalData implements PersonalDataHolder {

	static final RecordKind ACCOUNT = RecordKind.of("platform", "account", "platform_account", DataOrigin.COLLECTED);

	static final RecordKind LINK = RecordKind.of("platform", "link", "platform_account_token", DataOrigin.PRODUCED);

	static final RecordKind MAIL = RecordKind.of("platform", "mail", "platform_mail", DataOrigin.PRODUCED);

	private final AccountRecords accounts;

	private final Dossiers dossiers;

	PlatformPersonalData(AccountRecords accounts, Dossiers dossiers) {
		this.accounts = accounts;
		this.dossiers = dossiers;
	}

	@Override
	public List<RecordKind> recordKinds() {
		return List.of(ACCOUNT, LINK, MAIL);
	}

	@Override
	public List<PersonalRecord> recordsOf(DataSubject subject) {
		List<PersonalRecord> records = new ArrayList<>();
		accounts.account(subject.merchant())
			.ifPresent(account -> records.add(record(ACCOUNT, "id", account.id(), "email", account.email(),
					"display_name", account.displayName(), "role", account.role(), "email_verified_at",
					account.emailVerifiedAt(), "enabled", account.enabled(), "created_at", account.createdAt())));
		accounts.links(subject.merchant())
			.forEach(link -> records.add(record(LINK, "purpose", link.purpose(), "created_at", link.createdAt(),
					"expires_at", link.expiresAt(), "used_at", link.usedAt())));
		accounts.mails(subject.merchant())
			.forEach(mail -> records.add(record(MAIL, "id", mail.id(), "recipient", mail.recipient(), "subject",
					mail.subject(), "body", mail.body(), "created_at", mail.createdAt(), "sent_at", mail.sentAt(),
					"attempts", mail.attempts(), "last_error", mail.lastError())));
		return records;
	}

	@Override
	public void anonymise(DataSubject subject) {
		// staff's mails (a weekly summary, a help request) name the business: that name is the dossier's
		List<String> mentions = dossiers.ofMerchant(subject.merchant())
			.map(Dossier::businessName)
			.filter(name -> !name.equals(Anonymised.BUSINESS))
			.map(List::of)
			.orElse(List.of());
		accounts.anonymise(subject.merchant(), mentions);
	}

	/** A record from column names and values, in that order; a null value is left out, as {@link TableRecords} does. */
	private static PersonalRecord record(RecordKind kind, @Nullable Object... columnsAndValues) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < columnsAndValues.length; i += 2) {
			Object value = columnsAndValues[i + 1];
			if (value != null) {
				fields.put(String.valueOf(columnsAndValues[i]),
						value instanceof Instant instant ? instant.toString() : value.toString());
			}
		}
		return new PersonalRecord(kind.id(), fields);
	}

}
