package ca.pignon.progress.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.pignon.dossier.FactKind;
import ca.pignon.dossier.ReportingFact;
import ca.pignon.dossier.ReportingFactsContributor;
import ca.pignon.platform.SqlArrays;
import ca.pignon.shared.ApplicationId;

/** How many actions of the approved plan each merchant has, and how many they did. */
@Component
class ProgressReportingFacts implements ReportingFactsContributor {

	static final String PLANNED = "progress.actions.planned";

	static final String DONE = "progress.actions.done";

	private final JdbcClient jdbc;

	ProgressReportingFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<FactKind> factKinds() {
		return List.of(new FactKind(PLANNED, FactKind.Unit.COUNT), new FactKind(DONE, FactKind.Unit.COUNT));
	}

	@Override
	public List<ReportingFact> factsOf(Collection<ApplicationId> dossiers) {
		List<ReportingFact> facts = new ArrayList<>();
		jdbc.sql("""
				SELECT application_id, count(*), count(done_at) FROM progress_task
				WHERE in_plan AND application_id IN (SELECT unnest(CAST(:ids AS uuid[])))
				GROUP BY application_id""")
			.param("ids", SqlArrays.uuids(dossiers.stream().map(ApplicationId::value).toList()))
			.query(rs -> {
				var dossier = new ApplicationId(rs.getObject(1, java.util.UUID.class));
				facts.add(new ReportingFact(dossier, PLANNED, BigDecimal.valueOf(rs.getLong(2))));
				facts.add(new ReportingFact(dossier, DONE, BigDecimal.valueOf(rs.getLong(3))));
			});
		return facts;
	}

}
