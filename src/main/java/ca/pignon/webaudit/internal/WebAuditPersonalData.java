package ca.pignon.webaudit.internal;

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

/**
 * The web audits of a merchant's site, produced by the program: each run and its checks. Anonymising keeps when each
 * audit ran, by whom, and each check's status and evidence key (what the before/after counts); it removes the site's
 * address and the evidence's arguments, which quote the site (its name, phone, address, links); the audit jobs asked
 * for the dossier (when, by whom, how each ended) lose the address too.
 */
@Component
class WebAuditPersonalData implements PersonalDataHolder {

	static final RecordKind RUN = RecordKind.of("webaudit", "run", "webaudit_run", DataOrigin.PRODUCED);

	static final RecordKind CHECK = RecordKind.of("webaudit", "check", "webaudit_check", DataOrigin.PRODUCED);

	static final RecordKind JOB = RecordKind.of("webaudit", "job", "webaudit_job", DataOrigin.PRODUCED);

	private static final String RUNS = "SELECT id FROM webaudit_run WHERE application_id = CAST(:application AS uuid)";

	private final JdbcClient jdbc;

	WebAuditPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<RecordKind> recordKinds() {
		return List.of(RUN, CHECK, JOB);
	}

	@Override
	public List<PersonalRecord> recordsOf(DataSubject subject) {
		var params = TableRecords.params(subject);
		List<PersonalRecord> records = new ArrayList<>(TableRecords.of(jdbc, RUN.id(),
				"SELECT * FROM webaudit_run WHERE id IN (" + RUNS + ") ORDER BY fetched_at", params));
		records.addAll(TableRecords.of(jdbc, CHECK.id(),
				"SELECT * FROM webaudit_check WHERE run_id IN (" + RUNS + ") ORDER BY run_id, position", params));
		records.addAll(TableRecords.of(jdbc, JOB.id(), """
				SELECT * FROM webaudit_job WHERE application_id = CAST(:application AS uuid)
				ORDER BY created_at, id""", params));
		return records;
	}

	@Override
	public void anonymise(DataSubject subject) {
		var params = TableRecords.params(subject);
		jdbc.sql("""
				UPDATE webaudit_run SET url = :text, final_url = :text,
				  run_by_name = CASE WHEN run_by = :merchant THEN :person ELSE run_by_name END
				WHERE id IN (%s)""".formatted(RUNS))
			.params(params)
			.param("text", Anonymised.TEXT)
			.param("person", Anonymised.PERSON)
			.update();
		jdbc.sql("""
				UPDATE webaudit_job SET url = :text, refusal_args = CASE WHEN refusal_args IS NULL THEN NULL ELSE :text END
				WHERE application_id = CAST(:application AS uuid)""")
			.params(params)
			.param("text", Anonymised.TEXT)
			.update();
		jdbc.sql("UPDATE webaudit_check SET evidence_args = :text WHERE run_id IN (" + RUNS + ")")
			.params(params)
			.param("text", Anonymised.TEXT)
			.update();
	}

}
