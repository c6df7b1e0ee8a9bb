package ca.pignon.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a request's details may be. */
class RequestTextPolicyTests {

	@Test
	void keepsTheWordsTrimmedWithUnixLineBreaks() {
		assertThat(RequestTextPolicy.DETAILS.clean("  Mon adresse a changé.\r\nC'est 12, rue Racine.\t ")).isEqualTo(
				"Mon adresse a changé.\nC'est 12, rue Racine.");
	}

	@Test
	void refusesNothingTooMuchAndInvisibleCharacters() {
		assertThat(refusal(() -> RequestTextPolicy.DETAILS.clean(" \n "))).isEqualTo("privacy.request.details.required");
		assertThat(refusal(() -> RequestTextPolicy.DETAILS.clean("x".repeat(4001)))).isEqualTo("privacy.request.tooLong");
		assertThat(RequestTextPolicy.DETAILS.clean("x".repeat(4000))).hasSize(4000);
		assertThat(refusal(() -> RequestTextPolicy.ANSWER.clean("Réponse\u0000cachée")))
			.isEqualTo("privacy.request.invisible");
	}

	private static String refusal(Runnable clean) {
		try {
			clean.run();
		}
		catch (PrivacyRefused refused) {
			return refused.messageKey();
		}
		throw new AssertionError("not refused");
	}

}
