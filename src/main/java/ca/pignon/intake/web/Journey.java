package ca.pignon.intake.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import ca.pignon.dossier.DossierStage;
import ca.pignon.dossier.EligibilityStatus;
import ca.pignon.dossier.SelectionOutcome;

/**
 * Where a dossier stands, as the top of "Où en est mon dossier ?" says it: the program's steps (applied, decided,
 * diagnosed, planned, accompanied, closed), the one the merchant is at, and the one next step, from the dossier's stage
 * alone, so that it never promises what is already past (issue 18, point 6).
 *
 * @param steps the program's steps, in order
 * @param current the index of the step the merchant is at in {@code steps}
 * @param nextKey the message key of the one next step
 */
public record Journey(List<String> steps, int current, String nextKey) {

	/** The steps as the merchant reads them (message keys {@code intake.journey.step.<STEP>}). */
	static final List<String> STEPS = List.of("APPLIED", "DECIDED", "DIAGNOSED", "PLANNED", "ACCOMPANIED", "CLOSED");

	public boolean done(int index) {
		return index < current;
	}

	/** The rule: the stage says the step; before a decision, eligibility and the selection's outcome say the next. */
	static Journey of(DossierStage stage, EligibilityStatus eligibility, @Nullable SelectionOutcome outcome) {
		return switch (stage) {
			case APPLIED -> new Journey(STEPS, 0, eligibility == EligibilityStatus.TO_VERIFY
					? "intake.journey.next.TO_VERIFY" : "intake.journey.next.NOT_ELIGIBLE");
			case ELIGIBLE -> outcome == SelectionOutcome.WAITLISTED
					? new Journey(STEPS, 1, "intake.journey.next.WAITLISTED")
					: outcome == SelectionOutcome.NOT_RETAINED ? new Journey(STEPS, 1, "intake.journey.next.NOT_RETAINED")
							: new Journey(STEPS, 0, "intake.journey.next.ELIGIBLE");
			case RETAINED -> new Journey(STEPS, 1, "intake.journey.next.RETAINED");
			case DIAGNOSED -> new Journey(STEPS, 2, "intake.journey.next.DIAGNOSED");
			case PLANNED -> new Journey(STEPS, 3, "intake.journey.next.PLANNED");
			case ACCOMPANIED -> new Journey(STEPS, 4, "intake.journey.next.ACCOMPANIED");
			case CLOSED -> new Journey(STEPS, 5, "intake.journey.next.CLOSED");
			case WITHDRAWN -> new Journey(STEPS, 1, "intake.journey.next.WITHDRAWN");
		};
	}

}
