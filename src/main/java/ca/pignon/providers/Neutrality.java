package ca.pignon.providers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.pignon.dossier.Dossier;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.platform.People;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/**
 * The neutrality report's numbers, from the requests kept: per provider of the directory, per advisor of the
 * merchants (the advisor who accompanies them now).
 */
@Component
class Neutrality {

	private final JdbcClient jdbc;

	private final DossierManagement dossiers;

	private final People people;

	Neutrality(JdbcClient jdbc, DossierManagement dossiers, People people) {
		this.jdbc = jdbc;
		this.dossiers = dossiers;
		this.people = people;
	}

	NeutralityReport report() {
		List<NeutralityReport.ProviderLine> providers = jdbc.sql("""
				SELECT p.name,
				  count(r.id) AS shortlisted,
				  count(r.id) FILTER (WHERE r.origin = 'ADDED_BY_STAFF') AS by_staff,
				  count(r.answered_at) AS quoted,
				  count(b.id) AS chosen
				FROM providers_provider p
				LEFT JOIN providers_request r ON r.provider_id = p.id AND r.removed_at IS NULL
				LEFT JOIN providers_brief b ON b.chosen_request = r.id
				WHERE p.status <> 'PENDING'
				GROUP BY p.id, p.name ORDER BY count(r.id) DESC, lower(p.name)""")
			.query((rs, row) -> new NeutralityReport.ProviderLine(rs.getString("name"), rs.getInt("shortlisted"),
					rs.getInt("by_staff"), rs.getInt("quoted"), rs.getInt("chosen")))
			.list();
		record Row(ApplicationId application, String provider, boolean chosen) {
		}
		List<Row> rows = jdbc.sql("""
				SELECT b.application_id, coalesce(p.name, r.outside_name) AS name, b.chosen_request = r.id AS chosen
				FROM providers_request r JOIN providers_brief b ON b.id = r.brief_id
				LEFT JOIN providers_provider p ON p.id = r.provider_id
				WHERE r.removed_at IS NULL""")
			.query((rs, row) -> new Row(new ApplicationId(rs.getObject("application_id", UUID.class)),
					rs.getString("name"), rs.getBoolean("chosen")))
			.list();
		Map<ApplicationId, Dossier> byApplication = dossiers
			.all(rows.stream().map(Row::application).distinct().toList());
		Map<AccountId, Map<String, int[]>> byAdvisor = new HashMap<>();
		for (Row row : rows) {
			Dossier dossier = byApplication.get(row.application());
			if (dossier == null || dossier.advisor() == null) {
				continue;
			}
			int[] counts = byAdvisor.computeIfAbsent(dossier.advisor(), a -> new TreeMap<>())
				.computeIfAbsent(row.provider(), p -> new int[2]);
			counts[0]++;
			if (row.chosen()) {
				counts[1]++;
			}
		}
		Map<AccountId, String> names = people.namesOf(byAdvisor.keySet());
		List<NeutralityReport.AdvisorLine> advisors = new ArrayList<>();
		byAdvisor.forEach((advisor, counts) -> advisors.add(new NeutralityReport.AdvisorLine(advisor,
				names.getOrDefault(advisor, ""), counts(counts, 0), counts(counts, 1))));
		advisors.sort(java.util.Comparator.comparing(NeutralityReport.AdvisorLine::advisorName));
		return new NeutralityReport(providers, advisors);
	}

	private static List<NeutralityReport.Count> counts(Map<String, int[]> counts, int index) {
		Collection<Map.Entry<String, int[]>> entries = counts.entrySet();
		return entries.stream()
			.filter(entry -> entry.getValue()[index] > 0)
			.sorted((a, b) -> Integer.compare(b.getValue()[index], a.getValue()[index]))
			.map(entry -> new NeutralityReport.Count(entry.getKey(), entry.getValue()[index]))
			.toList();
	}

}
