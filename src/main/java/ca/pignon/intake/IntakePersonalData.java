package ca.pignon.intake;

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
 * Intake's records about a merchant: the application they filled in (drafts too: it is theirs from the first step),
 * its history, and the consents they gave. Found by the merchant's account, since a draft has no dossier yet.
 * <p>
 * Anonymising keeps what the program's reports count (status, dates, sector, employees, municipality and areas, the
 * postal code's first three characters, reception mode, goals, commitment, eligibility and its reasons) and whether
 * the business had a website or social links, without the links themselves.
 */
@Component
class IntakePersonalData implements PersonalDataHolder {

	static final RecordKind APPLICATION = RecordKind.of("intake", "application", "intake_application",
			DataOrigin.COLLECTED);

	static final RecordKind CHANGE = RecordKind.of("intake", "application_change", "intake_application_change",
			DataOrigin.PRODUCED);

	static final RecordKind CONSENT = RecordKind.of("intake", "consent", "intake_consent", DataOrigin.COLLECTED);

	private final JdbcClient jdbc;

	IntakePersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<RecordKind> recordKinds() {
		return List.of(APPLICATION, CHANGE, CONSENT);
	}

	@Override
	public List<PersonalRecord> recordsOf(DataSubject subject) {
		var params = TableRecords.params(subject);
		List<PersonalRecord> records = new ArrayList<>(TableRecords.of(jdbc, APPLICATION.id(),
				"SELECT * FROM intake_application WHERE account_id = :merchant", params));
		records.addAll(TableRecords.of(jdbc, CHANGE.id(), """
				SELECT c.* FROM intake_application_change c JOIN intake_application a ON a.id = c.application_id
				WHERE a.account_id = :merchant ORDER BY c.seq""", params));
		records.addAll(TableRecords.of(jdbc, CONSENT.id(),
				"SELECT * FROM intake_consent WHERE account_id = :merchant ORDER BY granted_at", params));
		return records;
	}

	/**
	 * A part of the application left empty stays empty (an embedded part with every column null reads as absent);
	 * one that was filled keeps a neutral value where the record needs one. Coordinates are rounded to the hundredth
	 * of a degree (about a kilometre): the areas stay right, the storefront cannot be found.
	 */
	@Override
	public void anonymise(DataSubject subject) {
		var params = TableRecords.params(subject);
		jdbc.sql("""
				UPDATE intake_application SET
				  contact_first_name = CASE WHEN contact_first_name IS NULL THEN NULL ELSE :person END,
				  contact_last_name = CASE WHEN contact_last_name IS NULL THEN NULL ELSE :text END,
				  contact_phone = NULL,
				  legal_name = CASE WHEN legal_name IS NULL THEN NULL ELSE :business END,
				  trade_name = NULL,
				  neq = NULL,
				  civic_number = CASE WHEN civic_number IS NULL THEN NULL ELSE :text END,
				  street = CASE WHEN street IS NULL THEN NULL ELSE :text END,
				  unit = NULL,
				  postal_code = left(postal_code, 3),
				  website = CASE WHEN website IS NULL THEN NULL ELSE :text END,
				  facebook = CASE WHEN facebook IS NULL THEN NULL ELSE :text END,
				  instagram = CASE WHEN instagram IS NULL THEN NULL ELSE :text END,
				  other_links = CASE WHEN other_links IS NULL THEN NULL ELSE :text END,
				  goals_other = NULL,
				  latitude = round(CAST(latitude AS numeric), 2),
				  longitude = round(CAST(longitude AS numeric), 2),
				  geocode_label = NULL,
				  boundary_distance_m = NULL,
				  program_edge_distance_m = NULL,
				  version = version + 1
				WHERE account_id = :merchant""")
			.params(params)
			.param("person", Anonymised.PERSON)
			.param("business", Anonymised.BUSINESS)
			.param("text", Anonymised.TEXT)
			.update();
		// the values before and after a change hold the storefront's point and staff's reasons
		jdbc.sql("""
				UPDATE intake_application_change c SET before_value = NULL, after_value = NULL, reason = NULL,
				  actor_name = CASE WHEN c.actor_id = :merchant THEN :person ELSE c.actor_name END
				FROM intake_application a
				WHERE a.id = c.application_id AND a.account_id = :merchant""")
			.params(params)
			.param("person", Anonymised.PERSON)
			.update();
	}

}
