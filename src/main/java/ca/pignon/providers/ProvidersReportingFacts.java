package ca.pignon.providers;

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

/** What the City's reports count about choosing providers: briefs written, quotes received, providers chosen. */
@Component
class ProvidersReportingFacts implements ReportingFactsContributor {

	static final FactKind BRIEFS = new FactKind("providers.fact.briefs", FactKind.Unit.COUNT);

	static final FactKind QUOTES = new FactKind("providers.fact.quotes", FactKind.Unit.COUNT);

	static final FactKind CHOSEN = new FactKind("providers.fact.chosen", FactKind.Unit.COUNT);

	private final JdbcClient jdbc;

	ProvidersReportingFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<FactKind> factKinds() {
		return List.of(BRIEFS, QUOTES, CHOSEN);
	}

	@Override
	public List<ReportingFact> factsOf(Collection<ApplicationId> dossiers) {
		if (dossiers.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT b.application_id, count(DISTINCT b.id) AS briefs, count(r.answered_at) AS quotes,
				  count(DISTINCT b.id) FILTER (WHERE b.status = 'CHOSEN') AS chosen
				FROM providers_brief b LEFT JOIN providers_request r ON r.brief_id = b.id AND r.removed_at IS NULL
				WHERE b.application_id = ANY (CAST(:ids AS uuid[]))
				GROUP BY b.application_id""")
			.param("ids", SqlArrays.uuids(dossiers.stream().map(ApplicationId::value).toList()))
			.query((rs, row) -> {
				ApplicationId id = new ApplicationId(rs.getObject("application_id", UUID.class));
				return List.of(new ReportingFact(id, BRIEFS.id(), BigDecimal.valueOf(rs.getLong("briefs"))),
						new ReportingFact(id, QUOTES.id(), BigDecimal.valueOf(rs.getLong("quotes"))),
						new ReportingFact(id, CHOSEN.id(), BigDecimal.valueOf(rs.getLong("chosen"))));
			})
			.list()
			.stream()
			.flatMap(List::stream)
			.toList();
	}

}
