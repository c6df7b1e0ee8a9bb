package ca.pignon.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import ca.pignon.dossier.DossierLifecycle;
import ca.pignon.dossier.DossierStage;
import ca.pignon.dossier.EligibilityStatus;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/** Each retention rule, its start and its delay, in the program's days; a dossier in progress has no date. */
class RetentionPolicyTests {

	static final ZoneId ZONE = ZoneId.of("America/Toronto");

	final RetentionPolicy policy = new RetentionPolicy(12, 3, 1, MonthDay.of(3, 31), ZONE, 2);

	@Test
	void aNonAdmissibleApplicationIsDueTwelveMonthsAfterItsDecisionCountedInTheProgramsDay() {
		// 23:30 in Québec on January 15 is already January 16 in UTC: the program's day counts
		Instant decided = at(LocalDate.of(2026, 1, 15), LocalTime.of(23, 30));
		var due = policy.dueOf(dossier(EligibilityStatus.NOT_ELIGIBLE, DossierStage.APPLIED, decided, null));
		assertThat(due).contains(new RetentionPolicy.Due(RetentionRule.NOT_ELIGIBLE_APPLICATION,
				LocalDate.of(2027, 1, 15)));
	}

	@Test
	void aClosedAccompanimentIsDueYearsAfterTheEndOfTheProgramYearItClosedIn() {
		// closed in May 2026: program year April 2026 to March 31, 2027; three years after, the day after
		var may = policy.dueOf(dossier(EligibilityStatus.ELIGIBLE, DossierStage.CLOSED, day(2025, 11, 1),
				day(2026, 5, 10)));
		assertThat(may).contains(new RetentionPolicy.Due(RetentionRule.CLOSED_DOSSIER, LocalDate.of(2030, 4, 1)));
		// closed on the program year's last day: that year
		var lastDay = policy.dueOf(dossier(EligibilityStatus.ELIGIBLE, DossierStage.CLOSED, day(2025, 11, 1),
				day(2026, 3, 31)));
		assertThat(lastDay).map(RetentionPolicy.Due::on).contains(LocalDate.of(2029, 4, 1));
	}

	@Test
	void anEligibleApplicationNeverAccompaniedIsDueAfterTheProgramYearItWasSubmittedIn() {
		Instant submitted = day(2026, 2, 1);
		for (DossierStage stage : new DossierStage[] { DossierStage.ELIGIBLE, DossierStage.WITHDRAWN }) {
			assertThat(policy.dueOf(dossier(EligibilityStatus.ELIGIBLE, stage, submitted, null)))
				.contains(new RetentionPolicy.Due(RetentionRule.NOT_ACCOMPANIED, LocalDate.of(2027, 4, 1)));
		}
	}

	@Test
	void anEligibleApplicationStillWaitingForARoundOrOnTheWaitlistHasNoDate() {
		Instant submitted = day(2020, 2, 1);
		assertThat(policy.dueOf(dossier(EligibilityStatus.ELIGIBLE, DossierStage.ELIGIBLE, submitted, null, null)))
			.isEmpty();
		assertThat(policy.dueOf(dossier(EligibilityStatus.ELIGIBLE, DossierStage.ELIGIBLE, submitted, null,
				ca.pignon.dossier.SelectionOutcome.WAITLISTED))).isEmpty();
	}

	@Test
	void aDossierInProgressOrStillToCheckHasNoDate() {
		for (DossierStage stage : new DossierStage[] { DossierStage.RETAINED, DossierStage.DIAGNOSED,
				DossierStage.PLANNED, DossierStage.ACCOMPANIED }) {
			assertThat(policy.dueOf(dossier(EligibilityStatus.ELIGIBLE, stage, day(2020, 1, 1), null))).isEmpty();
		}
		assertThat(policy.dueOf(dossier(EligibilityStatus.TO_VERIFY, DossierStage.APPLIED, day(2020, 1, 1), null)))
			.isEmpty();
	}

	@Test
	void anotherProgramYearAndOtherDelaysAreTakenAsConfigured() {
		var calendarYear = new RetentionPolicy(6, 0, 2, MonthDay.of(12, 31), ZONE, 2);
		assertThat(calendarYear.dueOf(dossier(EligibilityStatus.NOT_ELIGIBLE, DossierStage.APPLIED, day(2026, 8, 31),
				null))).map(RetentionPolicy.Due::on).contains(LocalDate.of(2027, 2, 28));
		assertThat(calendarYear.dueOf(dossier(EligibilityStatus.ELIGIBLE, DossierStage.CLOSED, day(2026, 1, 1),
				day(2026, 6, 1)))).map(RetentionPolicy.Due::on).contains(LocalDate.of(2027, 1, 1));
		assertThat(calendarYear.dueOf(dossier(EligibilityStatus.ELIGIBLE, DossierStage.WITHDRAWN, day(2026, 6, 1),
				null))).map(RetentionPolicy.Due::on).contains(LocalDate.of(2029, 1, 1));
		assertThat(new RetentionPolicy(12, 3, 1, MonthDay.of(2, 29), ZONE, 2).endOfProgramYear(LocalDate.of(2027, 3, 1)))
			.isEqualTo(LocalDate.of(2028, 2, 29));
	}

	@Test
	void aDelayOfNoMonthOrANegativeOneIsRefused() {
		assertThatThrownBy(() -> new RetentionPolicy(0, 3, 1, MonthDay.of(3, 31), ZONE, 2))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new RetentionPolicy(12, -1, 1, MonthDay.of(3, 31), ZONE, 2))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new RetentionPolicy(12, 3, 1, MonthDay.of(3, 31), ZONE, 0))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aPublicRequestIsDestroyedOnTheDayItsAnswerIsSoManyYearsOld() {
		// late in the evening in Québec is already the next day in UTC: the program's day counts
		Instant now = LocalDate.of(2028, 6, 10).atTime(23, 30).atZone(ZONE).toInstant();
		Instant before = policy.publicRequestsAnsweredBefore(now);
		Instant answeredOnTheDayTwoYearsAgo = LocalDate.of(2026, 6, 10).atTime(23, 59).atZone(ZONE).toInstant();
		Instant answeredTheDayAfter = LocalDate.of(2026, 6, 11).atTime(0, 1).atZone(ZONE).toInstant();
		assertThat(answeredOnTheDayTwoYearsAgo).isBefore(before);
		assertThat(answeredTheDayAfter).isAfterOrEqualTo(before);
		assertThat(new RetentionPolicy(12, 3, 1, MonthDay.of(3, 31), ZONE, 5).publicRequestsAnsweredBefore(now))
			.isBefore(before);
	}

	private static DossierLifecycle dossier(EligibilityStatus eligibility, DossierStage stage, Instant decided,
			@Nullable Instant closed) {
		return dossier(eligibility, stage, decided, closed, stage == DossierStage.ELIGIBLE
				? ca.pignon.dossier.SelectionOutcome.NOT_RETAINED : null);
	}

	private static DossierLifecycle dossier(EligibilityStatus eligibility, DossierStage stage, Instant decided,
			@Nullable Instant closed, ca.pignon.dossier.@Nullable SelectionOutcome outcome) {
		return new DossierLifecycle(new ApplicationId(UUID.randomUUID()), new AccountId(UUID.randomUUID()),
				eligibility, decided, stage, decided, closed, outcome);
	}

	private static Instant day(int year, int month, int day) {
		return at(LocalDate.of(year, month, day), LocalTime.NOON);
	}

	private static Instant at(LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(ZONE).toInstant();
	}

}
