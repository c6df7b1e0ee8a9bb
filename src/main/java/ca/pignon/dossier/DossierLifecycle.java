package ca.pignon.dossier;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/**
 * The dates a dossier's retention counts from: when its eligibility was last decided, when it was submitted and, once
 * the accompaniment is over, when it closed.
 *
 * @param eligibilityDecidedAt when the eligibility took its present value (at submission, or when staff changed it)
 * @param outcome the selection's decision, null while none was taken (waiting for a round)
 */
public record DossierLifecycle(ApplicationId applicationId, AccountId merchant, EligibilityStatus eligibility,
		Instant eligibilityDecidedAt, DossierStage stage, Instant submittedAt, @Nullable Instant closedAt,
		@Nullable SelectionOutcome outcome) {

	public DataSubject subject() {
		return new DataSubject(merchant, applicationId);
	}

}
