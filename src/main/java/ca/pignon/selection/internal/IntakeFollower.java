package ca.pignon.selection.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ca.pignon.intake.ApplicationSubmitted;
import ca.pignon.intake.EligibilityChanged;

/**
 * Keeps the open round in step with intake: an application submitted eligible, or found eligible later, joins it; one
 * that stops being eligible leaves its ranking. Reads the application as it stands when the event arrives, so that
 * events delivered late, twice or out of order change nothing more.
 */
@Component
class IntakeFollower {

	private final RoundWorkflow rounds;

	IntakeFollower(RoundWorkflow rounds) {
		this.rounds = rounds;
	}

	@ApplicationModuleListener
	void on(ApplicationSubmitted event) {
		rounds.followIntake(event.applicationId());
	}

	@ApplicationModuleListener
	void on(EligibilityChanged event) {
		rounds.followIntake(event.applicationId());
	}

}
