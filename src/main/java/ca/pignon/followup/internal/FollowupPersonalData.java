package ca.pignon.followup.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.pignon.dossier.Anonymised;
import ca.pignon.dossier.DataOrigin;
import ca.pignon.dossier.DataSubject;
import ca.pignon.dossier.PersonalDataHolder;
import ca.pignon.dossier.PersonalRecord;
import ca.pignon.dossier.RecordKind;
import ca.pignon.dossier.TableRecords;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.AccountSummary;

/**
 * A merchant's accompaniment: its totals and closing, the meetings, the plan's actions as the follow-up tracks them
 * and its history (produced), and the survey the merchant answered at the end (collected). The calendar feed's secret
 * is never given back.
 * <p>
 * Anonymising keeps the hours, dates, modes, statuses, the survey's scores and the history's kinds (what the hours
 * used, the before/after and the reports count); it empties what was written about the merchant (meetings' topics,
 * actions worked, next steps and place, the history's details, the survey's comment, the title of the advisor's own
 * actions), removes the calendar feed, and puts {@link Anonymised#PERSON} where the merchant's name says who did
 * something.
 */
@Component
class FollowupPersonalData implements PersonalDataHolder {

	static final RecordKind DOSSIER = RecordKind.of("followup", "dossier", "followup_dossier", DataOrigin.PRODUCED);

	static final RecordKind MEETING = RecordKind.of("followup", "meeting", "followup_meeting", DataOrigin.PRODUCED);

	static final RecordKind PLAN_ACTION = RecordKind.of("followup", "plan_action", "followup_plan_action",
			DataOrigin.PRODUCED);

	static final RecordKind LOG = RecordKind.of("followup", "log", "followup_log", DataOrigin.PRODUCED);

	static final RecordKind SURVEY = RecordKind.of("followup", "survey", "followup_survey", DataOrigin.COLLECTED);

	/** Every column but the calendar feed's secret. */
	private static final String DOSSIER_COLUMNS = """
			application_id, minutes_used, last_held_on, first_planned_at, first_open_due, closed_at, closed_by,
			version""";

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	FollowupPersonalData(JdbcClient jdbc, AccountManagement accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	@Override
	public List<RecordKind> recordKinds() {
		return List.of(DOSSIER, MEETING, PLAN_ACTION, LOG, SURVEY);
	}

	@Override
	public List<PersonalRecord> recordsOf(DataSubject subject) {
		var params = TableRecords.params(subject);
		List<PersonalRecord> records = new ArrayList<>(TableRecords.of(jdbc, DOSSIER.id(),
				"SELECT " + DOSSIER_COLUMNS
						+ " FROM followup_dossier WHERE application_id = CAST(:application AS uuid)",
				params));
		records.addAll(TableRecords.of(jdbc, MEETING.id(), """
				SELECT * FROM followup_meeting WHERE application_id = CAST(:application AS uuid)
				ORDER BY held_on, created_at""", params));
		records.addAll(TableRecords.of(jdbc, PLAN_ACTION.id(), """
				SELECT * FROM followup_plan_action WHERE application_id = CAST(:application AS uuid)
				ORDER BY due_month, action_id""", params));
		records.addAll(TableRecords.of(jdbc, LOG.id(),
				"SELECT * FROM followup_log WHERE application_id = CAST(:application AS uuid) ORDER BY at, id",
				params));
		records.addAll(TableRecords.of(jdbc, SURVEY.id(),
				"SELECT * FROM followup_survey WHERE application_id = CAST(:application AS uuid)", params));
		return records;
	}

	@Override
	public void anonymise(DataSubject subject) {
		if (subject.application() == null) {
			return;
		}
		var params = TableRecords.params(subject);
		// "who" is a display name here: the merchant's is their account's (read before platform anonymises it)
		params.put("name", accounts.find(subject.merchant()).map(AccountSummary::displayName).orElse(""));
		params.put("person", Anonymised.PERSON);
		params.put("text", Anonymised.TEXT);
		update("""
				UPDATE followup_dossier SET calendar_token = NULL,
				  closed_by = CASE WHEN closed_by = :name THEN :person ELSE closed_by END
				WHERE application_id = :application""", params);
		update("""
				UPDATE followup_meeting SET place = NULL, topics = :text, actions_worked = :text, next_steps = :text,
				  created_by = CASE WHEN created_by = :name THEN :person ELSE created_by END,
				  updated_by = CASE WHEN updated_by = :name THEN :person ELSE updated_by END
				WHERE application_id = :application""", params);
		params.put("action", Anonymised.CUSTOM_ACTION);
		update("""
				UPDATE followup_plan_action SET title = :action
				WHERE application_id = :application AND action_id LIKE 'custom-%'""", params);
		update("""
				UPDATE followup_log SET detail = NULL, actor = CASE WHEN actor = :name THEN :person ELSE actor END
				WHERE application_id = :application""", params);
		update("UPDATE followup_survey SET comment = :text WHERE application_id = :application", params);
	}

	private void update(String sql, Map<String, ?> params) {
		jdbc.sql(sql).params(params).update();
	}

}
