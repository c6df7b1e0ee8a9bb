package ca.pignon.followup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ca.pignon.diagnostic.DiagnosticId;
import ca.pignon.diagnostic.DiagnosticKind;
import ca.pignon.dossier.DossierReporting;
import ca.pignon.dossier.FactKind;
import ca.pignon.dossier.ReportingFact;
import ca.pignon.platform.PignonUser;
import ca.pignon.shared.ApplicationId;

import static ca.pignon.followup.FollowupFixture.actor;
import static ca.pignon.followup.FollowupFixture.held;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The facts the modules contribute to aggregate reporting, gathered by the dossier from its hook: the diagnostic's
 * scores and the follow-up's meetings and minutes, for the dossiers asked about only.
 */
class ReportingFactsTests extends FollowupTest {

	DossierReporting reporting;

	PignonUser anne;

	ApplicationId boulangerie;

	ApplicationId fleuriste;

	@BeforeEach
	void twoMerchantsAccompaniedByAnne() {
		reporting = context.getBean(DossierReporting.class);
		anne = fixture.advisor("Anne Tremblay");
		var merchants = fixture.accompanied(anne, "Boulangerie du Parvis", "Fleuriste Saint-Jean");
		boulangerie = merchants.get(0).id();
		fleuriste = merchants.get(1).id();
	}

	@Test
	void everyContributedKindIsDeclaredOnce() {
		assertThat(reporting.factKinds()).extracting(FactKind::id)
			.contains("diagnostic.t0.overall", "diagnostic.t1.overall", "followup.meetings.held",
					"followup.minutes.used", "progress.actions.planned", "progress.actions.done")
			.doesNotHaveDuplicates();
	}

	@Test
	void aDossierHasTheFactsOfWhatHappenedToIt() {
		// given
		DiagnosticId t0 = fixture.completeDiagnostic(boulangerie, DiagnosticKind.T0, anne, Set.of("visibility"));
		int overall = fixture.merchants.diagnostics.summary(t0).overall();
		fixture.followup.logMeeting(boulangerie, held(fixture.today().minusDays(3), 90), actor(anne));
		fixture.followup.logMeeting(boulangerie, held(fixture.today(), 45), actor(anne));
		// when
		List<ReportingFact> all = reporting.factsOf(List.of(boulangerie, fleuriste));
		// then: each theme's score besides (see below), and these
		List<ReportingFact> facts = all.stream().filter(fact -> !fact.kind().contains(".theme.")).toList();
		assertThat(all).filteredOn(fact -> fact.kind().startsWith("diagnostic.t0.theme."))
			.isNotEmpty()
			.allMatch(fact -> fact.dossier().equals(boulangerie));
		assertThat(facts).extracting(ReportingFact::dossier, ReportingFact::kind, ReportingFact::value)
			.containsExactlyInAnyOrder(tuple(boulangerie, "diagnostic.t0.overall", BigDecimal.valueOf(overall)),
					tuple(boulangerie, "followup.meetings.held", BigDecimal.valueOf(2)),
					tuple(boulangerie, "followup.minutes.used", BigDecimal.valueOf(135)));
	}

	@Test
	void onlyTheDossiersAskedAboutAreCounted() {
		fixture.followup.logMeeting(fleuriste, held(fixture.today(), 30), actor(anne));
		assertThat(reporting.factsOf(List.of(boulangerie))).isEmpty();
		assertThat(reporting.factsOf(List.of())).isEmpty();
	}

}
