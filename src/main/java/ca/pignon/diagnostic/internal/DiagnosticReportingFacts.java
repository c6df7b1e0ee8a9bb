package ca.pignon.diagnostic.internal;

import java.math.BigDecimal;
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

/** The overall scores of completed diagnostics, at the start (T0) and at the end (T1) of the accompaniment. */
@Component
class DiagnosticReportingFacts implements ReportingFactsContributor {

	static final String T0 = "diagnostic.t0.overall";

	static final String T1 = "diagnostic.t1.overall";

	private final JdbcClient jdbc;

	DiagnosticReportingFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<FactKind> factKinds() {
		return List.of(new FactKind(T0, FactKind.Unit.SCORE), new FactKind(T1, FactKind.Unit.SCORE));
	}

	@Override
	public List<ReportingFact> factsOf(Collection<ApplicationId> dossiers) {
		return jdbc.sql("""
				SELECT application_id, kind, overall FROM diagnostic_assessment
				WHERE status = 'COMPLETED' AND overall IS NOT NULL
				  AND application_id IN (SELECT unnest(CAST(:ids AS uuid[])))""")
			.param("ids", SqlArrays.uuids(dossiers.stream().map(ApplicationId::value).toList()))
			.query((rs, n) -> new ReportingFact(new ApplicationId(rs.getObject(1, UUID.class)),
					"T0".equals(rs.getString(2)) ? T0 : T1, BigDecimal.valueOf(rs.getInt(3))))
			.list();
	}

}
