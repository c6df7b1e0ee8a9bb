package ca.pignon.intake;

import java.util.Optional;

/**
 * When a merchant may submit their application: once every step is answered and their email address is verified (the
 * program writes to them at that address: its decision, the advisor, the meetings). The draft stays as it is until
 * then.
 */
final class SubmissionPolicy {

	private SubmissionPolicy() {
	}

	/** @return the message key of the reason the submission is refused, or empty when it may go */
	static Optional<String> refusal(boolean complete, boolean emailVerified) {
		if (!complete) {
			return Optional.of("intake.refused.incomplete");
		}
		if (!emailVerified) {
			return Optional.of(EMAIL_NOT_VERIFIED);
		}
		return Optional.empty();
	}

	/** The refusal of a submission from an account whose address is not verified yet. */
	static final String EMAIL_NOT_VERIFIED = "intake.refused.emailNotVerified";

}
