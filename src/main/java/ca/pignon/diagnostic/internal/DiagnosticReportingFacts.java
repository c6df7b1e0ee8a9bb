package ca.pignon.diagnostic.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.pignon.dossier.FactKind;
import ca.pignon.dossier.ReportingFact;
import ca.pignon.dossier.ReportingFactsContributor;
import ca.pignon.platform.SqlArrays;
import ca.pignon.shared.ApplicationId;

/**
 * The overall scores of completed diagnostics, at the start (T0) and at the end (T1) of the accompaniment, and the
 * score of each theme ({@code diagnostic.t0.theme.<theme id>}).
 */
@Component
class DiagnosticReportingFacts implements ReportingFactsContributor {

	static final String T0 = "diagnostic.t0.overall";

	static final String T1 = "diagnostic.t1.overall";

	/** The themes of the shipped question bank, whose scores reporting compares (a theme added later is a fact too). */
	static final List<String> THEMES = List.of("goals", "visibility", "website", "social", "sales", "relationship",
			"tools", "data");

	private final JdbcClient jdbc;

	DiagnosticReportingFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<FactKind> factKinds() {
		List<FactKind> kinds = new ArrayList<>(
				List.of(new FactKind(T0, FactKind.Unit.SCORE), new FactKind(T1, FactKind.Unit.SCORE)));
		for (String kind : List.of("t0", "t1")) {
			THEMES.forEach(theme -> kinds.add(new FactKind(themeFact(kind, theme), FactKind.Unit.SCORE)));
		}
		return kinds;
	}

	static String themeFact(String kind, String theme) {
		return "diagnostic." + kind + ".theme." + theme;
	}

	@Override
	public List<ReportingFact> factsOf(Collection<ApplicationId> dossiers) {
		String ids = SqlArrays.uuids(dossiers.stream().map(ApplicationId::value).toList());
		List<ReportingFact> facts = new ArrayList<>(jdbc.sql("""
				SELECT application_id, kind, overall FROM diagnostic_assessment
				WHERE status = 'COMPLETED' AND overall IS NOT NULL
				  AND application_id IN (SELECT unnest(CAST(:ids AS uuid[])))""")
			.param("ids", ids)
			.query((rs, n) -> new ReportingFact(new ApplicationId(rs.getObject(1, UUID.class)),
					"T0".equals(rs.getString(2)) ? T0 : T1, BigDecimal.valueOf(rs.getInt(3))))
			.list());
		facts.addAll(jdbc.sql("""
				SELECT a.application_id, a.kind, s.dimension_id, s.score
				FROM diagnostic_assessment a JOIN diagnostic_score s ON s.diagnostic_id = a.id
				WHERE a.status = 'COMPLETED' AND s.score IS NOT NULL
				  AND a.application_id IN (SELECT unnest(CAST(:ids AS uuid[])))""")
			.param("ids", ids)
			.query((rs, n) -> new ReportingFact(new ApplicationId(rs.getObject(1, UUID.class)),
					themeFact(rs.getString(2).toLowerCase(java.util.Locale.ROOT), rs.getString(3)),
					BigDecimal.valueOf(rs.getInt(4))))
			.list());
		return facts;
	}

}
