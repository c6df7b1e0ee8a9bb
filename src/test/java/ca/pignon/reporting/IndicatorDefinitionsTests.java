package ca.pignon.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ca.pignon.dossier.DossierArea;
import ca.pignon.dossier.DossierStage;
import ca.pignon.dossier.EligibilityStatus;
import ca.pignon.dossier.ReportedDossier;
import ca.pignon.dossier.SelectionOutcome;
import ca.pignon.shared.ApplicationId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The definitions of docs/reporting.md for the indicators read from the modules' facts: in which indicator a dossier
 * counts, in which month, and how much.
 */
class IndicatorDefinitionsTests {

	static final Instant SUBMITTED = Instant.parse("2026-02-10T15:00:00Z");

	static final Instant DIAGNOSED = Instant.parse("2026-03-10T15:00:00Z");

	static final Instant CLOSED = Instant.parse("2026-09-10T15:00:00Z");

	@Test
	void aNonEligibleDossierCountsUnderItsOneReason() {
		Merchant merchant = ReportingManagement.merchant(notEligible(),
				Map.of("intake.not-eligible.home-based", BigDecimal.ONE));
		assertThat(merchant.contributions()).containsKeys(Indicator.NOT_ELIGIBLE, Indicator.NOT_ELIGIBLE_HOME_BASED)
			.doesNotContainKeys(Indicator.NOT_ELIGIBLE_OUTSIDE_TERRITORY, Indicator.NOT_ELIGIBLE_OTHER);
		assertThat(merchant.contributions().get(Indicator.NOT_ELIGIBLE_HOME_BASED).month())
			.isEqualTo(YearMonth.of(2026, 2));
	}

	@Test
	void aNonEligibleDossierWithoutIntakesReasonCountsAsOther() {
		Merchant merchant = ReportingManagement.merchant(notEligible(), Map.of());
		assertThat(merchant.contributions()).containsKey(Indicator.NOT_ELIGIBLE_OTHER);
		assertThat(IndicatorEngine.REASONS.stream().filter(merchant.contributions()::containsKey)).hasSize(1);
	}

	@Test
	void anEligibleDossierHasNoReason() {
		Merchant merchant = ReportingManagement.merchant(closed(),
				Map.of("intake.not-eligible.home-based", BigDecimal.ONE));
		assertThat(IndicatorEngine.REASONS.stream().filter(merchant.contributions()::containsKey)).isEmpty();
	}

	@Test
	void eachThemesChangeIsT1LessT0AtTheClosing() {
		Map<String, BigDecimal> facts = new HashMap<>();
		facts.put("diagnostic.t0.theme.website", BigDecimal.valueOf(40));
		facts.put("diagnostic.t1.theme.website", BigDecimal.valueOf(65));
		facts.put("diagnostic.t0.theme.sales", BigDecimal.valueOf(50));
		Merchant merchant = ReportingManagement.merchant(closed(), facts);
		Contribution website = merchant.contributions().get(Indicator.SCORE_CHANGE_WEBSITE_MEAN);
		assertThat(website).isEqualTo(new Contribution(YearMonth.of(2026, 9), BigDecimal.valueOf(25)));
		assertThat(merchant.contributions().get(Indicator.SCORE_CHANGE_WEBSITE_MEDIAN)).isEqualTo(website);
		// a theme without its T1 does not count
		assertThat(merchant.contributions()).doesNotContainKeys(Indicator.SCORE_CHANGE_SALES_MEAN,
				Indicator.SCORE_CHANGE_SALES_MEDIAN);
	}

	@Test
	void aThemesChangeNeedsTheDossierClosed() {
		Map<String, BigDecimal> facts = Map.of("diagnostic.t0.theme.website", BigDecimal.valueOf(40),
				"diagnostic.t1.theme.website", BigDecimal.valueOf(65));
		Merchant merchant = ReportingManagement.merchant(dossier(EligibilityStatus.ELIGIBLE, null), facts);
		assertThat(merchant.contributions()).doesNotContainKey(Indicator.SCORE_CHANGE_WEBSITE_MEAN);
	}

	@Test
	void theWebAuditsImprovementsAreSharesOfTheSitesComparedAtTheDiagnostic() {
		Map<String, BigDecimal> facts = Map.of("webaudit.compared", BigDecimal.ONE, "webaudit.improved.any",
				BigDecimal.ONE, "webaudit.improved.mobile", BigDecimal.ZERO);
		Merchant merchant = ReportingManagement.merchant(closed(), facts);
		YearMonth diagnosed = YearMonth.of(2026, 3);
		assertThat(merchant.contributions().get(Indicator.WEB_CHECKS_IMPROVED_SHARE))
			.isEqualTo(new Contribution(diagnosed, BigDecimal.valueOf(100)));
		assertThat(merchant.contributions().get(Indicator.WEB_MOBILE_IMPROVED_SHARE))
			.isEqualTo(new Contribution(diagnosed, BigDecimal.ZERO));
		assertThat(merchant.contributions().get(Indicator.WEB_BUSINESS_PROFILE_IMPROVED_SHARE))
			.isEqualTo(new Contribution(diagnosed, BigDecimal.ZERO));
	}

	@Test
	void aSiteAuditedOnceIsNotCompared() {
		Merchant merchant = ReportingManagement.merchant(closed(), Map.of());
		assertThat(merchant.contributions()).doesNotContainKeys(Indicator.WEB_CHECKS_IMPROVED_SHARE,
				Indicator.WEB_MOBILE_IMPROVED_SHARE, Indicator.WEB_BUSINESS_PROFILE_IMPROVED_SHARE);
	}

	@Test
	void theSurveyCountsAtTheClosingSatisfiedFromFourOutOfFive() {
		YearMonth closed = YearMonth.of(2026, 9);
		Merchant satisfied = ReportingManagement.merchant(closed(),
				Map.of("followup.survey.satisfaction", new BigDecimal("4.00")));
		assertThat(satisfied.contributions().get(Indicator.SURVEY_ANSWERS))
			.isEqualTo(new Contribution(closed, BigDecimal.ONE));
		assertThat(satisfied.contributions().get(Indicator.SATISFACTION_MEAN))
			.isEqualTo(new Contribution(closed, new BigDecimal("4.00")));
		assertThat(satisfied.contributions().get(Indicator.SATISFIED_SHARE))
			.isEqualTo(new Contribution(closed, BigDecimal.valueOf(100)));
		Merchant lukewarm = ReportingManagement.merchant(closed(),
				Map.of("followup.survey.satisfaction", new BigDecimal("3.67")));
		assertThat(lukewarm.contributions().get(Indicator.SATISFIED_SHARE))
			.isEqualTo(new Contribution(closed, BigDecimal.ZERO));
		Merchant silent = ReportingManagement.merchant(closed(), Map.of());
		assertThat(silent.contributions()).doesNotContainKeys(Indicator.SURVEY_ANSWERS, Indicator.SATISFACTION_MEAN,
				Indicator.SATISFIED_SHARE);
	}

	static ReportedDossier notEligible() {
		return dossier(EligibilityStatus.NOT_ELIGIBLE, null);
	}

	static ReportedDossier closed() {
		return dossier(EligibilityStatus.ELIGIBLE, CLOSED);
	}

	static ReportedDossier dossier(EligibilityStatus eligibility, Instant closed) {
		boolean retained = eligibility == EligibilityStatus.ELIGIBLE;
		return new ReportedDossier(new ApplicationId(UUID.randomUUID()),
				List.of(new DossierArea(DossierArea.MUNICIPALITY, "23027", "Québec")), "445110", null, eligibility,
				retained ? SelectionOutcome.RETAINED : null, null,
				closed != null ? DossierStage.CLOSED : retained ? DossierStage.DIAGNOSED : DossierStage.APPLIED,
				SUBMITTED, retained ? DIAGNOSED : null, null, null, closed);
	}

}
