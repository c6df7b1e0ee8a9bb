package ca.pignon.providers;

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
 * A merchant's briefs (written with them: collected), the requests and quotes of their shortlists and the log of
 * each brief (produced). The directory's providers are not merchants' data. The mails to providers name the service,
 * never the brief's text nor the merchant (unless the merchant consented, and then only on the link's page).
 * <p>
 * Anonymising keeps the service, budget, dates, statuses, who was shortlisted, quoted and chosen, the quotes' numbers
 * (what the neutrality report counts) and the rating's answers (the provider's record); it empties the brief's texts,
 * the choice's reason, the log's reasons and the rating's comment and address, and revokes the links.
 */
@Component
class ProvidersPersonalData implements PersonalDataHolder {

	static final RecordKind BRIEF = RecordKind.of("providers", "brief", "providers_brief", DataOrigin.COLLECTED);

	static final RecordKind REQUEST = RecordKind.of("providers", "request", "providers_request", DataOrigin.PRODUCED);

	static final RecordKind LOG = RecordKind.of("providers", "log", "providers_log", DataOrigin.PRODUCED);

	static final RecordKind RATING = RecordKind.of("providers", "rating", "providers_rating", DataOrigin.COLLECTED);

	private static final String BRIEFS = "SELECT id FROM providers_brief WHERE application_id = :application";

	private final JdbcClient jdbc;

	ProvidersPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<RecordKind> recordKinds() {
		return List.of(BRIEF, REQUEST, LOG, RATING);
	}

	@Override
	public List<PersonalRecord> recordsOf(DataSubject subject) {
		if (subject.application() == null) {
			return List.of();
		}
		var params = TableRecords.params(subject);
		List<PersonalRecord> records = new ArrayList<>(TableRecords.of(jdbc, BRIEF.id(),
				"SELECT * FROM providers_brief WHERE application_id = :application ORDER BY created_at", params));
		records.addAll(TableRecords.of(jdbc, REQUEST.id(), """
				SELECT id, brief_id, provider_id, outside_name, position, origin, removed_at, expires_at, revoked,
				  sent_at, answered_at, one_time_price, yearly_price, included, weeks, domain_owner, content_owner,
				  maintenance, french_service, accessibility, hosting, told_at
				FROM providers_request WHERE brief_id IN (%s) ORDER BY brief_id, position""".formatted(BRIEFS),
				params));
		records.addAll(TableRecords.of(jdbc, LOG.id(),
				"SELECT * FROM providers_log WHERE brief_id IN (" + BRIEFS + ") ORDER BY at, id", params));
		records.addAll(TableRecords.of(jdbc, RATING.id(),
				"SELECT * FROM providers_rating WHERE brief_id IN (" + BRIEFS + ") ORDER BY rated_at", params));
		return records;
	}

	@Override
	public void anonymise(DataSubject subject) {
		if (subject.application() == null) {
			return;
		}
		var params = TableRecords.params(subject);
		jdbc.sql("""
				UPDATE providers_brief SET title = :text, goal = :text, today = :text, needs = :text,
				  done_when = :text, choice_reason = CASE WHEN choice_reason IS NULL THEN NULL ELSE :text END,
				  version = version + 1
				WHERE application_id = :application""").params(params).param("text", Anonymised.TEXT).update();
		jdbc.sql("UPDATE providers_request SET revoked = TRUE WHERE brief_id IN (" + BRIEFS + ")")
			.params(params)
			.update();
		jdbc.sql("UPDATE providers_log SET reason = NULL WHERE brief_id IN (" + BRIEFS + ")").params(params).update();
		jdbc.sql("UPDATE providers_rating SET comment = '', delivered_url = NULL WHERE brief_id IN (" + BRIEFS + ")")
			.params(params)
			.update();
	}

}
