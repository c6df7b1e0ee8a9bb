package ca.pignon.plan.internal;

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
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.AccountSummary;

/**
 * A merchant's action plan: the plan and every version of it (produced by the program and the advisor), the
 * merchant's approvals with the name they typed, and the changes they asked for (collected).
 * <p>
 * Anonymising keeps every version's months, actions, hours, costs and objectives, the statuses and dates (what the
 * progress and the reports count); it empties what was written for this merchant alone (the plan's note, each
 * action's note and why, the title of the advisor's own actions, the history's details), the typed names, the
 * merchant's comments, and puts {@link Anonymised#PERSON} where the merchant's name says who did something. Versions
 * never change otherwise: the database lets this one update through (see the migration
 * {@code V20261207_0537__let_anonymisation_through_plan_versions.sql}).
 */
@Component
class PlanPersonalData implements PersonalDataHolder {

	static final RecordKind PLAN = RecordKind.of("plan", "plan", "plan_plan", DataOrigin.PRODUCED);

	static final RecordKind VERSION = RecordKind.of("plan", "version", "plan_version", DataOrigin.PRODUCED);

	static final RecordKind APPROVAL = RecordKind.of("plan", "approval", "plan_approval", DataOrigin.COLLECTED);

	static final RecordKind CHANGE_REQUEST = RecordKind.of("plan", "change_request", "plan_change_request",
			DataOrigin.COLLECTED);

	private static final String PLANS = """
			SELECT id FROM plan_plan
			WHERE application_id = CAST(:application AS uuid) OR merchant_account = :merchant""";

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	PlanPersonalData(JdbcClient jdbc, AccountManagement accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	@Override
	public List<RecordKind> recordKinds() {
		return List.of(PLAN, VERSION, APPROVAL, CHANGE_REQUEST);
	}

	@Override
	public List<PersonalRecord> recordsOf(DataSubject subject) {
		var params = TableRecords.params(subject);
		List<PersonalRecord> records = new ArrayList<>(TableRecords.of(jdbc, PLAN.id(),
				"SELECT * FROM plan_plan WHERE id IN (" + PLANS + ")", params));
		records.addAll(TableRecords.of(jdbc, VERSION.id(),
				"SELECT * FROM plan_version WHERE plan_id IN (" + PLANS + ") ORDER BY plan_id, version", params));
		records.addAll(TableRecords.of(jdbc, APPROVAL.id(),
				"SELECT * FROM plan_approval WHERE plan_id IN (" + PLANS + ") ORDER BY plan_id, version", params));
		records.addAll(TableRecords.of(jdbc, CHANGE_REQUEST.id(),
				"SELECT * FROM plan_change_request WHERE plan_id IN (" + PLANS + ") ORDER BY requested_at", params));
		return records;
	}

	@Override
	public void anonymise(DataSubject subject) {
		var params = TableRecords.params(subject);
		// "who" is a display name here: the merchant's is their account's (read before platform anonymises it)
		String name = accounts.find(subject.merchant()).map(AccountSummary::displayName).orElse("");
		jdbc.sql("UPDATE plan_plan SET created_by = :person WHERE id IN (" + PLANS + ") AND created_by = :name")
			.params(params)
			.param("name", name)
			.param("person", Anonymised.PERSON)
			.update();
		jdbc.sql("SELECT set_config('pignon.anonymising', 'on', true)").query(String.class).single();
		jdbc.sql("""
				UPDATE plan_version v SET
				  content = jsonb_set(jsonb_set(v.content, '{note}', to_jsonb(CAST(:text AS text))), '{items}',
				    coalesce((SELECT jsonb_agg(item || CASE WHEN item ->> 'customTitle' IS NULL
				                                           THEN jsonb_build_object('note', NULL, 'customWhy', NULL)
				                                           ELSE jsonb_build_object('note', NULL, 'customWhy', NULL,
				                                                  'customTitle', CAST(:action AS text)) END
				                              ORDER BY n)
				              FROM jsonb_array_elements(v.content -> 'items') WITH ORDINALITY AS i(item, n)),
				             CAST('[]' AS jsonb))),
				  change_detail = NULL,
				  created_by = CASE WHEN v.created_by = :name THEN :person ELSE v.created_by END
				WHERE v.plan_id IN (%s)""".formatted(PLANS))
			.params(params)
			.param("text", Anonymised.TEXT)
			.param("action", Anonymised.CUSTOM_ACTION)
			.param("name", name)
			.param("person", Anonymised.PERSON)
			.update();
		jdbc.sql("SELECT set_config('pignon.anonymising', 'off', true)").query(String.class).single();
		jdbc.sql("UPDATE plan_approval SET typed_name = :person WHERE plan_id IN (" + PLANS + ")")
			.params(params)
			.param("person", Anonymised.PERSON)
			.update();
		jdbc.sql("""
				UPDATE plan_change_request SET comment = :text,
				  requested_by = CASE WHEN requested_by = :name THEN :person ELSE requested_by END
				WHERE plan_id IN (%s)""".formatted(PLANS))
			.params(params)
			.param("text", Anonymised.TEXT)
			.param("name", name)
			.param("person", Anonymised.PERSON)
			.update();
	}

}
