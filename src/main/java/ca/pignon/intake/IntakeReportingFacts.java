package ca.pignon.intake;

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

/**
 * Why an application is not eligible: one fact per non-eligible application, its main reason
 * ({@link NotEligibleReasonPolicy}), so that the reasons of a group add up to its non-eligible applications.
 */
@Component
class IntakeReportingFacts implements ReportingFactsContributor {

	private final JdbcClient jdbc;

	IntakeReportingFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<FactKind> factKinds() {
		return NotEligibleReasonPolicy.FACTS.stream().map(id -> new FactKind(id, FactKind.Unit.COUNT)).toList();
	}

	@Override
	public List<ReportingFact> factsOf(Collection<ApplicationId> dossiers) {
		return jdbc.sql("""
				SELECT id, eligibility_reasons FROM intake_application
				WHERE status = 'SUBMITTED' AND eligibility = 'NOT_ELIGIBLE'
				  AND id IN (SELECT unnest(CAST(:ids AS uuid[])))""")
			.param("ids", SqlArrays.uuids(dossiers.stream().map(ApplicationId::value).toList()))
			.query((rs, n) -> new ReportingFact(new ApplicationId(rs.getObject(1, UUID.class)),
					NotEligibleReasonPolicy.factOf(rs.getString(2)), BigDecimal.ONE))
			.list();
	}

}
