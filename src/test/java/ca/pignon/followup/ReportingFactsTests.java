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
import ca.pignon.webaudit.CheckIds;
import ca.pignon.webaudit.CheckStatus;

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
	void aSiteAuditedTwiceTellsWhatImprovedFromTheFirstAuditToTheLast() {
		// given: two audits of the bakery's site (it now works on a phone and passes HTTPS), one of the florist's
		var runs = context.getBean(ca.pignon.webaudit.internal.WebAuditRuns.class);
		java.time.Instant first = java.time.Instant.parse("2026-03-01T15:00:00Z");
		runs.save(run(boulangerie, first, CheckStatus.FAIL));
		runs.save(run(boulangerie, first.plusSeconds(86_400 * 90), CheckStatus.PASS));
		runs.save(run(fleuriste, first, CheckStatus.FAIL));
		// when
		List<ReportingFact> facts = reporting.factsOf(List.of(boulangerie, fleuriste))
			.stream()
			.filter(fact -> fact.kind().startsWith("webaudit."))
			.toList();
		// then
		assertThat(facts).extracting(ReportingFact::dossier, ReportingFact::kind, ReportingFact::value)
			.containsExactlyInAnyOrder(tuple(boulangerie, "webaudit.compared", BigDecimal.ONE),
					tuple(boulangerie, "webaudit.improved.any", BigDecimal.ONE),
					tuple(boulangerie, "webaudit.improved.mobile", BigDecimal.ONE),
					tuple(boulangerie, "webaudit.improved.business-profile", BigDecimal.ZERO));
	}

	static ca.pignon.webaudit.internal.StoredRun run(ApplicationId dossier, java.time.Instant at, CheckStatus status) {
		return new ca.pignon.webaudit.internal.StoredRun(java.util.UUID.randomUUID(), dossier.value(),
				"https://exemple.test", "https://exemple.test/", at, null, "Anne Tremblay",
				List.of(new ca.pignon.webaudit.internal.Finding(CheckIds.MOBILE_VIEWPORT, status, "webaudit.evidence.test",
						List.of()), new ca.pignon.webaudit.internal.Finding(CheckIds.HTTPS, status,
								"webaudit.evidence.test", List.of())));
	}

	@Test
	void onlyTheDossiersAskedAboutAreCounted() {
		fixture.followup.logMeeting(fleuriste, held(fixture.today(), 30), actor(anne));
		assertThat(reporting.factsOf(List.of(boulangerie))).isEmpty();
		assertThat(reporting.factsOf(List.of())).isEmpty();
	}

}
