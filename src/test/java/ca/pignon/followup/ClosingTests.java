package ca.pignon.followup;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ca.pignon.diagnostic.DiagnosticId;
import ca.pignon.diagnostic.DiagnosticKind;
import ca.pignon.diagnostic.DimensionResult;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.shared.ApplicationId;
import ca.pignon.plan.PlanFixture;
import ca.pignon.plan.PlanManagement;
import ca.pignon.plan.PlanSummary;
import ca.pignon.platform.PignonUser;
import ca.pignon.webaudit.AuditCheck;
import ca.pignon.webaudit.CheckChange;
import ca.pignon.webaudit.FixtureSite;
import ca.pignon.webaudit.WebAudit;
import ca.pignon.webaudit.WebAuditManagement;

import static ca.pignon.followup.FollowupFixture.actor;
import static ca.pignon.followup.FollowupFixture.held;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The end of the accompaniment: the before/after compares T0 and T1 per dimension and the first and latest web audit
 * per check; the dossier closes once T1 is complete, reopens only with a reason, and the merchant answers the survey
 * once.
 */
class ClosingTests extends FollowupTest {

	FixtureSite site;

	PignonUser anne;

	ApplicationDetails merchant;

	ApplicationId boulangerie;

	@BeforeEach
	void aMerchantWithASiteAccompaniedByAnne() {
		site = FixtureSite.http("bare");
		anne = fixture.advisor("Anne Tremblay");
		merchant = ApplicationFixture.anApplication(fixture.merchants.intake)
			.named("Boulangerie du Parvis")
			.online(site.url("/"), null, null, null)
			.submit();
		fixture.merchants.retained(anne, List.of(merchant));
		boulangerie = merchant.id();
	}

	@AfterEach
	void stopTheSite() {
		site.close();
	}

	@Test
	void comparesT0AndT1PerDimensionAndTheFirstAndLatestAuditPerCheck() throws Exception {
		DiagnosticId t0 = fixture.completeDiagnostic(boulangerie, DiagnosticKind.T0, anne, Set.of());
		WebAuditManagement audits = context.getBean(WebAuditManagement.class);
		audits.auditApplication(boulangerie, actor(anne), ApplicationFixture.FRENCH);
		site.html("/", Files.readString(Path.of("src/test/resources/webaudit/sites/complete/index.html")));
		audits.auditApplication(boulangerie, actor(anne), ApplicationFixture.FRENCH);
		DiagnosticId t1 = fixture.completeDiagnostic(boulangerie, DiagnosticKind.T1, anne, Set.of("website", "social"));
		fixture.followup.logMeeting(boulangerie, held(fixture.today(), 90), actor(anne));

		BeforeAfter result = fixture.followup.beforeAfter(boulangerie, ApplicationFixture.FRENCH);

		var before = fixture.merchants.reader.result(t0, true, ApplicationFixture.FRENCH);
		var after = fixture.merchants.reader.result(t1, true, ApplicationFixture.FRENCH);
		assertThat(result.overallBefore()).isEqualTo(before.scores().overall());
		assertThat(result.overallAfter()).isEqualTo(after.scores().overall());
		assertThat(result.dimensions()).hasSize(after.dimensions().size());
		for (DimensionResult dimension : after.dimensions()) {
			DimensionChange change = result.dimensions()
				.stream()
				.filter(d -> d.dimensionId().equals(dimension.dimensionId()))
				.findFirst()
				.orElseThrow();
			DimensionResult was = before.dimensions()
				.stream()
				.filter(d -> d.dimensionId().equals(dimension.dimensionId()))
				.findFirst()
				.orElseThrow();
			assertThat(change.before()).isEqualTo(was.score());
			assertThat(change.after()).isEqualTo(dimension.score());
			assertThat(change.afterLevel()).isEqualTo(dimension.level());
		}
		assertThat(result.dimensions()).filteredOn(d -> d.dimensionId().equals("website"))
			.singleElement()
			.satisfies(d -> assertThat(d.delta()).isPositive());

		List<WebAudit> history = audits.historyOf(boulangerie, ApplicationFixture.FRENCH);
		WebAudit first = history.get(history.size() - 1);
		WebAudit latest = history.get(0);
		assertThat(result.checks()).extracting(CheckChange::id)
			.containsExactlyElementsOf(latest.checks().stream().map(AuditCheck::id).toList());
		for (CheckChange check : result.checks()) {
			assertThat(check.before()).isEqualTo(first.check(check.id()).map(AuditCheck::status).orElse(null));
			assertThat(check.after()).isEqualTo(latest.check(check.id()).orElseThrow().status());
		}
		assertThat(result.checksImproved()).isPositive();
		assertThat(result.hours().usedMinutes()).isEqualTo(90);
		assertThat(result.objectivesReached()).isEmpty();
	}

	@Test
	void saysWhichObjectivesOfTheApprovedPlanTheT1DiagnosticShowsReached() {
		// given an approved plan drafted from a weak T0
		fixture.completeDiagnostic(boulangerie, DiagnosticKind.T0, anne, Set.of());
		PlanManagement plans = context.getBean(PlanManagement.class);
		PlanSummary plan = plans.draft(boulangerie, plans.nextMonth(), new BigDecimal("3"), PlanFixture.actor(anne),
				ApplicationFixture.FRENCH);
		plans.send(plan.id(), 1, PlanFixture.actor(anne));
		plans.approve(plan.id(), 1, "Rosalie Gingras", merchant.accountId(), ApplicationFixture.FRENCH);
		int objectives = plans.version(plan.id(), 1).content().objectives().size();
		assertThat(objectives).isPositive();
		assertThat(fixture.followup.beforeAfter(boulangerie, ApplicationFixture.FRENCH).objectivesReached())
			.as("not judged before T1")
			.isEmpty();
		// when T1 shows every theme at its best
		Set<String> everyTheme = new java.util.HashSet<>();
		fixture.merchants.diagnostics.currentBank().dimensions().forEach(d -> everyTheme.add(d.id()));
		fixture.completeDiagnostic(boulangerie, DiagnosticKind.T1, anne, everyTheme);
		// then every objective is reached
		assertThat(fixture.followup.beforeAfter(boulangerie, ApplicationFixture.FRENCH).objectivesReached())
			.hasSize(objectives)
			.allSatisfy(line -> assertThat(line).startsWith("Atteint"));
	}

	@Test
	void closesOnceT1IsCompleteAndReopensOnlyWithAReason() {
		assertThat(refusal(() -> fixture.followup.close(boulangerie, actor(anne)))).isEqualTo("followup.refused.t1Missing");
		fixture.completeDiagnostic(boulangerie, DiagnosticKind.T0, anne, Set.of());
		fixture.completeDiagnostic(boulangerie, DiagnosticKind.T1, anne, Set.of("website"));

		fixture.followup.close(boulangerie, actor(anne));

		assertThat(fixture.followup.dossier(boulangerie).closed()).isTrue();
		assertThat(refusal(() -> fixture.followup.logMeeting(boulangerie, held(fixture.today(), 30), actor(anne))))
			.isEqualTo("followup.refused.closed");
		assertThat(refusal(() -> fixture.followup.close(boulangerie, actor(anne)))).isEqualTo("followup.refused.alreadyClosed");
		assertThat(refusal(() -> fixture.followup.reopen(boulangerie, "  ", actor(anne))))
			.isEqualTo("followup.reopen.reason.required");
		assertThat(fixture.followup.dossier(boulangerie).closed()).isTrue();

		fixture.followup.reopen(boulangerie, "Le commerce ouvre une deuxième succursale.", actor(anne));

		assertThat(fixture.followup.dossier(boulangerie).closed()).isFalse();
		fixture.followup.logMeeting(boulangerie, held(fixture.today(), 30), actor(anne));
		assertThat(fixture.followup.timelineOf(boulangerie)).extracting(FollowupEvent::what)
			.containsSubsequence("followup.log.closed", "followup.log.reopened", "followup.log.meetingLogged");
		assertThat(fixture.followup.timelineOf(boulangerie)).filteredOn(e -> e.what().equals("followup.log.reopened"))
			.singleElement()
			.satisfies(e -> assertThat(e.detail()).isEqualTo("Le commerce ouvre une deuxième succursale."));
	}

	@Test
	void theMerchantAnswersTheSurveyOnceTheDossierIsClosedAndOnlyOnce() {
		PignonUser owner = fixture.merchants.merchantUser(merchant);
		SurveyAnswers answers = new SurveyAnswers(5, 4, 5, "Merci à Anne !");
		assertThat(refusal(() -> fixture.followup.answerSurvey(boulangerie, answers, actor(owner))))
			.isEqualTo("followup.survey.notYet");
		fixture.completeDiagnostic(boulangerie, DiagnosticKind.T0, anne, Set.of());
		fixture.completeDiagnostic(boulangerie, DiagnosticKind.T1, anne, Set.of());
		fixture.followup.close(boulangerie, actor(anne));

		FollowupRefused outOfRange = catchThrowableOfType(FollowupRefused.class, () -> fixture.followup
			.answerSurvey(boulangerie, new SurveyAnswers(0, 6, 3, ""), actor(owner)));
		assertThat(outOfRange.problems()).extracting(ca.pignon.platform.Refused.Problem::field).containsExactly("helpfulness", "advisor");
		fixture.followup.answerSurvey(boulangerie, answers, actor(owner));

		assertThat(refusal(() -> fixture.followup.answerSurvey(boulangerie, new SurveyAnswers(1, 1, 1, ""),
				actor(owner)))).isEqualTo("followup.survey.already");
		assertThat(fixture.followup.surveyOf(boulangerie)).contains(answers);
	}

	private static String refusal(Runnable command) {
		FollowupRefused refused = catchThrowableOfType(FollowupRefused.class, command::run);
		assertThat(refused).as("refused").isNotNull();
		return refused.problems().get(0).messageKey();
	}

}
