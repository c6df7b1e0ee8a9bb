package ca.pignon.privacy.internal;

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
 * The requests a merchant filed about their personal information, and the answers: given back with the rest, and
 * emptied of their words when the merchant is anonymised (the dates stay, as proof that the law's delay was kept).
 * And who among staff opened their dossier: given back too, kept as it is (ids, dates and pages identify nobody).
 */
@Component
class PrivacyPersonalData implements PersonalDataHolder {

	static final RecordKind REQUEST = RecordKind.of("privacy", "request", "privacy_request", DataOrigin.COLLECTED);

	/** Who among staff opened the dossier: the merchant's to know; ids and pages only, nothing to anonymise. */
	static final RecordKind ACCESS = RecordKind.of("privacy", "access_log", "privacy_access_log", DataOrigin.PRODUCED);

	/** A legal hold on the dossier: staff's reason, erased with the rest; the dates stay. */
	static final RecordKind HOLD = RecordKind.of("privacy", "legal_hold", "privacy_legal_hold", DataOrigin.PRODUCED);

	/** What retention did to the dossier: ids, rule and dates only, nothing to anonymise. */
	static final RecordKind RETENTION = RecordKind.of("privacy", "retention_log", "privacy_retention_log",
			DataOrigin.PRODUCED);

	private static final String REQUESTS = """
			FROM privacy_request WHERE requester_account = :merchant OR application_id = CAST(:application AS uuid)""";

	private final JdbcClient jdbc;

	PrivacyPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<RecordKind> recordKinds() {
		return List.of(REQUEST, ACCESS, HOLD, RETENTION);
	}

	@Override
	public List<PersonalRecord> recordsOf(DataSubject subject) {
		var records = new java.util.ArrayList<>(TableRecords.of(jdbc, REQUEST.id(),
				"SELECT * " + REQUESTS + " ORDER BY received_at, id", TableRecords.params(subject)));
		records.addAll(TableRecords.of(jdbc, ACCESS.id(), """
				SELECT * FROM privacy_access_log WHERE application_id = CAST(:application AS uuid) ORDER BY at, id""",
				TableRecords.params(subject)));
		records.addAll(TableRecords.of(jdbc, HOLD.id(), """
				SELECT * FROM privacy_legal_hold WHERE application_id = CAST(:application AS uuid)
				ORDER BY placed_at, id""", TableRecords.params(subject)));
		records.addAll(TableRecords.of(jdbc, RETENTION.id(), """
				SELECT * FROM privacy_retention_log WHERE application_id = CAST(:application AS uuid)
				ORDER BY done_at, id""", TableRecords.params(subject)));
		return records;
	}

	@Override
	public void anonymise(DataSubject subject) {
		jdbc.sql("UPDATE privacy_request SET details = :text, answer = CASE WHEN answer IS NULL THEN NULL ELSE :text END "
				+ "WHERE id IN (SELECT id " + REQUESTS + ")")
			.params(TableRecords.params(subject))
			.param("text", Anonymised.TEXT)
			.update();
		jdbc.sql("UPDATE privacy_legal_hold SET reason = :text WHERE application_id = CAST(:application AS uuid)")
			.params(TableRecords.params(subject))
			.param("text", Anonymised.TEXT)
			.update();
	}

}
