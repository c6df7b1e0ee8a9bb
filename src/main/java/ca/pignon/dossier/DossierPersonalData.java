package ca.pignon.dossier;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dossier's own records about a merchant: its facts, where the storefront is, by territory layer, and who reviews
 * the application. All are produced by the program from what the modules decided. Anonymising keeps everything reports
 * count (stage, areas, sector, size band, advisor, cohort, dates) and replaces only the business's name.
 * <p>
 * Anonymised last of all ({@link PersonalDataManagement}): the other holders may read the business's name first.
 */
@Component
class DossierPersonalData implements PersonalDataHolder {

	static final RecordKind DOSSIER = RecordKind.of("dossier", "dossier", "dossier", DataOrigin.PRODUCED);

	static final RecordKind AREA = RecordKind.of("dossier", "area", "dossier_area", DataOrigin.PRODUCED);

	static final RecordKind REVIEWER = RecordKind.of("dossier", "reviewer", "dossier_reviewer", DataOrigin.PRODUCED);

	private final JdbcClient jdbc;

	DossierPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<RecordKind> recordKinds() {
		return List.of(DOSSIER, AREA, REVIEWER);
	}

	@Override
	public List<PersonalRecord> recordsOf(DataSubject subject) {
		var params = TableRecords.params(subject);
		List<PersonalRecord> records = new ArrayList<>(TableRecords.of(jdbc, DOSSIER.id(),
				"SELECT * FROM dossier WHERE merchant_id = :merchant", params));
		records.addAll(TableRecords.of(jdbc, AREA.id(), """
				SELECT a.* FROM dossier_area a JOIN dossier d ON d.application_id = a.application_id
				WHERE d.merchant_id = :merchant ORDER BY a.position""", params));
		records.addAll(TableRecords.of(jdbc, REVIEWER.id(), """
				SELECT r.* FROM dossier_reviewer r JOIN dossier d ON d.application_id = r.application_id
				WHERE d.merchant_id = :merchant ORDER BY r.reviewer_id""", params));
		return records;
	}

	@Override
	public void anonymise(DataSubject subject) {
		jdbc.sql("""
				UPDATE dossier SET business_name = :name, updated_at = now()
				WHERE merchant_id = :merchant AND business_name <> :name""")
			.params(TableRecords.params(subject))
			.param("name", Anonymised.BUSINESS)
			.update();
	}

}
