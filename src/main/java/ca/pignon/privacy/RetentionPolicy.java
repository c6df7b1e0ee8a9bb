package ca.pignon.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Optional;

import ca.pignon.dossier.DossierLifecycle;
import ca.pignon.dossier.DossierStage;
import ca.pignon.dossier.EligibilityStatus;

/**
 * When a dossier's personal information has served its purpose (Loi 25, art. 23), by rule: a non-admissible
 * application some months after the decision; a closed accompaniment some years after the end of the program year it
 * closed in; an eligible application never accompanied some years after the end of the program year it was submitted
 * in. A dossier still in progress (to check, retained, accompanied) has no date. Days are the program's. A request
 * from the public form, which belongs to no dossier, is destroyed some years after its answer (the answer is the proof
 * that the right was honoured: it is kept that long, then nothing).
 *
 * @param notEligibleMonths months after the eligibility decision
 * @param closedYears years after the end of the program year of the closing
 * @param notAccompaniedYears years after the end of the program year of the submission
 * @param programYearEnd the last day of a program year (March 31 by default: April to March)
 * @param answeredPublicRequestYears years after its answer that a request from the public form is destroyed
 */
public record RetentionPolicy(int notEligibleMonths, int closedYears, int notAccompaniedYears,
		MonthDay programYearEnd, ZoneId zone, int answeredPublicRequestYears) {

	/** When and by which rule a dossier is anonymised. */
	public record Due(RetentionRule rule, LocalDate on) {
	}

	public RetentionPolicy {
		if (notEligibleMonths < 1 || closedYears < 0 || notAccompaniedYears < 0 || answeredPublicRequestYears < 1) {
			throw new IllegalArgumentException("retention delays: at least one month, never negative");
		}
	}

	public Optional<Due> dueOf(DossierLifecycle dossier) {
		if (dossier.eligibility() == EligibilityStatus.NOT_ELIGIBLE) {
			return Optional.of(new Due(RetentionRule.NOT_ELIGIBLE_APPLICATION,
					day(dossier.eligibilityDecidedAt()).plusMonths(notEligibleMonths)));
		}
		if (dossier.stage() == DossierStage.CLOSED && dossier.closedAt() != null) {
			return Optional.of(new Due(RetentionRule.CLOSED_DOSSIER,
					endOfProgramYear(day(dossier.closedAt())).plusYears(closedYears).plusDays(1)));
		}
		// only once the selection said no (or the merchant withdrew): an application waiting for a round, or on the
		// waitlist, is still alive, however long ago it was submitted
		boolean refused = dossier.stage() == DossierStage.ELIGIBLE
				&& dossier.outcome() == ca.pignon.dossier.SelectionOutcome.NOT_RETAINED;
		if (dossier.eligibility() == EligibilityStatus.ELIGIBLE
				&& (refused || dossier.stage() == DossierStage.WITHDRAWN)) {
			return Optional.of(new Due(RetentionRule.NOT_ACCOMPANIED,
					endOfProgramYear(day(dossier.submittedAt())).plusYears(notAccompaniedYears).plusDays(1)));
		}
		return Optional.empty();
	}

	/**
	 * Requests from the public form answered before this instant are destroyed now: answered on a day, destroyed
	 * from the same day some years later (the program's days).
	 */
	public Instant publicRequestsAnsweredBefore(Instant now) {
		return LocalDate.ofInstant(now, zone).minusYears(answeredPublicRequestYears).plusDays(1)
			.atStartOfDay(zone).toInstant();
	}

	/** The last day of the program year this day belongs to. */
	public LocalDate endOfProgramYear(LocalDate day) {
		LocalDate end = programYearEnd.atYear(day.getYear());
		return day.isAfter(end) ? programYearEnd.atYear(day.getYear() + 1) : end;
	}

	private LocalDate day(Instant instant) {
		return instant.atZone(zone).toLocalDate();
	}

}
