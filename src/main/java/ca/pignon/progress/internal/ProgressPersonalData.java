package ca.pignon.progress.internal;

import java.util.ArrayList;
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
 * A merchant carrying out their plan: the tasks made from it (produced), the evidence they attached, the comments and
 * help requests on each task and the reminder rhythm they chose (collected), and the digests sent to them.
 * <p>
 * Anonymising keeps each task's month, hours, who does it, whether and when it was done (what "Mon plan", the
 * follow-up's dashboard and the reports count), the comments' dates and kinds; it empties the comments, the notes
 * and links left when a task was done, the title of the advisor's own actions, the address digests went to, and puts
 * {@link Anonymised#PERSON} where the merchant's name says who did something. The evidence's files are removed by
 * uploads; the link from a task to a file stays, as it does when a file is deleted from the page.
 */
@Component
class ProgressPersonalData implements PersonalDataHolder {

	static final RecordKind TASK = RecordKind.of("progress", "task", "progress_task", DataOrigin.PRODUCED);

	static final RecordKind EVIDENCE = RecordKind.of("progress", "evidence", "progress_evidence", DataOrigin.COLLECTED);

	static final RecordKind COMMENT = RecordKind.of("progress", "comment", "progress_comment", DataOrigin.COLLECTED);

	static final RecordKind REMINDER = RecordKind.of("progress", "reminder", "progress_reminder", DataOrigin.COLLECTED);

	static final RecordKind REMINDER_SENT = RecordKind.of("progress", "reminder_sent", "progress_reminder_sent",
			DataOrigin.PRODUCED);

	/** The merchant's dossier: by application, or by account for tasks of a plan approved before a hand-over. */
	private static final String APPLICATIONS = """
			SELECT CAST(:application AS uuid)
			UNION SELECT application_id FROM progress_task WHERE merchant_id = :merchant""";

	private final JdbcClient jdbc;

	private final AccountRecords accounts;

	ProgressPersonalData(JdbcClient jdbc, AccountRecords accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	@Override
	public List<RecordKind> recordKinds() {
		return List.of(TASK, EVIDENCE, COMMENT, REMINDER, REMINDER_SENT);
	}

	@Override
	public List<PersonalRecord> recordsOf(DataSubject subject) {
		var params = TableRecords.params(subject);
		List<PersonalRecord> records = new ArrayList<>(TableRecords.of(jdbc, TASK.id(),
				"SELECT * FROM progress_task WHERE application_id IN (" + APPLICATIONS + ") ORDER BY position",
				params));
		records.addAll(TableRecords.of(jdbc, EVIDENCE.id(),
				"SELECT * FROM progress_evidence WHERE application_id IN (" + APPLICATIONS + ") ORDER BY added_at",
				params));
		records.addAll(TableRecords.of(jdbc, COMMENT.id(),
				"SELECT * FROM progress_comment WHERE application_id IN (" + APPLICATIONS + ") ORDER BY created_at",
				params));
		records.addAll(TableRecords.of(jdbc, REMINDER.id(),
				"SELECT * FROM progress_reminder WHERE application_id IN (" + APPLICATIONS + ")", params));
		records.addAll(TableRecords.of(jdbc, REMINDER_SENT.id(),
				"SELECT * FROM progress_reminder_sent WHERE application_id IN (" + APPLICATIONS + ") ORDER BY period",
				params));
		return records;
	}

	@Override
	public void anonymise(DataSubject subject) {
		var params = TableRecords.params(subject);
		// a help request is quoted in the mail to the advisor: the outbox's copy forgets it too
		accounts.redactInMails(jdbc.sql("""
				SELECT body FROM progress_comment
				WHERE application_id IN (%s) AND kind = 'HELP' AND NOT by_staff""".formatted(APPLICATIONS))
			.params(params)
			.query(String.class)
			.list());
		jdbc.sql("""
				UPDATE progress_comment SET body = :text,
				  author_name = CASE WHEN author_id = :merchant THEN :person ELSE author_name END
				WHERE application_id IN (%s)""".formatted(APPLICATIONS))
			.params(params)
			.param("text", Anonymised.TEXT)
			.param("person", Anonymised.PERSON)
			.update();
		jdbc.sql("""
				UPDATE progress_task SET evidence_url = NULL, done_note = NULL,
				  done_by_name = CASE WHEN done_by = :merchant THEN :person ELSE done_by_name END,
				  title_fr = CASE WHEN action_key LIKE 'custom-%%' THEN :action ELSE title_fr END,
				  title_en = CASE WHEN action_key LIKE 'custom-%%' THEN :actionEn ELSE title_en END,
				  version = version + 1
				WHERE application_id IN (%s)""".formatted(APPLICATIONS))
			.params(params)
			.param("person", Anonymised.PERSON)
			.param("action", Anonymised.CUSTOM_ACTION)
			.param("actionEn", Anonymised.CUSTOM_ACTION_EN)
			.update();
		jdbc.sql("UPDATE progress_reminder_sent SET recipient = :text WHERE application_id IN (" + APPLICATIONS + ")")
			.params(params)
			.param("text", Anonymised.TEXT)
			.update();
	}

}
