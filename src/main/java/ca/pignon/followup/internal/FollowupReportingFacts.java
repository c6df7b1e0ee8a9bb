package ca.pignon.followup.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * The meetings held with each merchant and the advisor's time they used; the satisfaction survey's answer (the mean of
 * its three answers, 1 to 5, two decimals).
 */
@Component
class FollowupReportingFacts implements ReportingFactsContributor {

	static final String MEETINGS = "followup.meetings.held";

	static final String MINUTES = "followup.minutes.used";

	static final String SATISFACTION = "followup.survey.satisfaction";

	private final JdbcClient jdbc;

	FollowupReportingFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<FactKind> factKinds() {
		return List.of(new FactKind(MEETINGS, FactKind.Unit.COUNT), new FactKind(MINUTES, FactKind.Unit.MINUTES),
				new FactKind(SATISFACTION, FactKind.Unit.SCORE));
	}

	@Override
	public List<ReportingFact> factsOf(Collection<ApplicationId> dossiers) {
		List<ReportingFact> facts = new ArrayList<>();
		jdbc.sql("""
				SELECT application_id, count(*), sum(duration_minutes) FROM followup_meeting
				WHERE status = 'HELD' AND application_id IN (SELECT unnest(CAST(:ids AS uuid[])))
				GROUP BY application_id""")
			.param("ids", SqlArrays.uuids(dossiers.stream().map(ApplicationId::value).toList()))
			.query(rs -> {
				var dossier = new ApplicationId(rs.getObject(1, UUID.class));
				facts.add(new ReportingFact(dossier, MEETINGS, BigDecimal.valueOf(rs.getLong(2))));
				facts.add(new ReportingFact(dossier, MINUTES, BigDecimal.valueOf(rs.getLong(3))));
			});
		jdbc.sql("""
				SELECT application_id, helpfulness + advisor + recommend FROM followup_survey
				WHERE application_id IN (SELECT unnest(CAST(:ids AS uuid[])))""")
			.param("ids", SqlArrays.uuids(dossiers.stream().map(ApplicationId::value).toList()))
			.query(rs -> {
				facts.add(new ReportingFact(new ApplicationId(rs.getObject(1, UUID.class)), SATISFACTION,
						BigDecimal.valueOf(rs.getInt(2)).divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP)));
			});
		return facts;
	}

}
