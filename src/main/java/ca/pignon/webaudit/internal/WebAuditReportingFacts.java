package ca.pignon.webaudit.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.pignon.dossier.FactKind;
import ca.pignon.dossier.ReportingFact;
import ca.pignon.dossier.ReportingFactsContributor;
import ca.pignon.platform.SqlArrays;
import ca.pignon.shared.ApplicationId;
import ca.pignon.webaudit.CheckStatus;

/**
 * For each dossier whose site was audited at least twice: that it was compared (1), and whether its checks improved
 * from the first audit to the last ({@link CheckImprovementPolicy}: 1 or 0 each).
 */
@Component
class WebAuditReportingFacts implements ReportingFactsContributor {

	static final String COMPARED = "webaudit.compared";

	static final String IMPROVED_ANY = "webaudit.improved.any";

	static final String IMPROVED_MOBILE = "webaudit.improved.mobile";

	static final String IMPROVED_PROFILE = "webaudit.improved.business-profile";

	private final JdbcClient jdbc;

	WebAuditReportingFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<FactKind> factKinds() {
		return List.of(new FactKind(COMPARED, FactKind.Unit.COUNT), new FactKind(IMPROVED_ANY, FactKind.Unit.COUNT),
				new FactKind(IMPROVED_MOBILE, FactKind.Unit.COUNT), new FactKind(IMPROVED_PROFILE, FactKind.Unit.COUNT));
	}

	@Override
	public List<ReportingFact> factsOf(Collection<ApplicationId> dossiers) {
		// by dossier, its first (true) and last (false) audit's checks
		Map<UUID, Map<Boolean, Map<String, CheckStatus>>> checks = new TreeMap<>();
		jdbc.sql("""
				WITH runs AS (
				  SELECT id, application_id,
				         row_number() OVER (PARTITION BY application_id ORDER BY fetched_at, id) AS from_first,
				         row_number() OVER (PARTITION BY application_id ORDER BY fetched_at DESC, id DESC) AS from_last
				  FROM webaudit_run WHERE application_id IN (SELECT unnest(CAST(:ids AS uuid[]))))
				SELECT r.application_id, r.from_first = 1, c.check_id, c.status
				FROM runs r JOIN webaudit_check c ON c.run_id = r.id
				WHERE (r.from_first = 1 OR r.from_last = 1) AND NOT (r.from_first = 1 AND r.from_last = 1)""")
			.param("ids", SqlArrays.uuids(dossiers.stream().map(ApplicationId::value).toList()))
			.query(rs -> {
				checks.computeIfAbsent(rs.getObject(1, UUID.class), any -> new HashMap<>())
					.computeIfAbsent(rs.getBoolean(2), any -> new HashMap<>())
					.put(rs.getString(3), CheckStatus.valueOf(rs.getString(4)));
			});
		List<ReportingFact> facts = new ArrayList<>();
		checks.forEach((id, runs) -> {
			ApplicationId dossier = new ApplicationId(id);
			Map<String, CheckStatus> first = runs.getOrDefault(true, Map.of());
			Map<String, CheckStatus> last = runs.getOrDefault(false, Map.of());
			facts.add(new ReportingFact(dossier, COMPARED, BigDecimal.ONE));
			facts.add(fact(dossier, IMPROVED_ANY, CheckImprovementPolicy.anyImproved(first, last)));
			facts.add(fact(dossier, IMPROVED_MOBILE, CheckImprovementPolicy.mobileImproved(first, last)));
			facts.add(fact(dossier, IMPROVED_PROFILE, CheckImprovementPolicy.businessProfileImproved(first, last)));
		});
		return facts;
	}

	private static ReportingFact fact(ApplicationId dossier, String kind, boolean yes) {
		return new ReportingFact(dossier, kind, yes ? BigDecimal.ONE : BigDecimal.ZERO);
	}

}
