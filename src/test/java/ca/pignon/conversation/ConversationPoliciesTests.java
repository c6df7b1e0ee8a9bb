package ca.pignon.conversation;

import java.util.List;

import org.junit.jupiter.api.Test;

import ca.pignon.conversation.internal.AnswerPolicy;
import ca.pignon.conversation.internal.ContactPolicy;
import ca.pignon.conversation.internal.MessagePolicy;

import static org.assertj.core.api.Assertions.assertThat;

/** The conversation's small rules: what a message may be, when a merchant waits for an answer, a phone shown. */
class ConversationPoliciesTests {

	@Test
	void theMerchantsMessagesAfterTheProgramsLastAreUnanswered() {
		assertThat(AnswerPolicy.unanswered(List.of())).isZero();
		assertThat(AnswerPolicy.unanswered(List.of(false))).isEqualTo(1);
		assertThat(AnswerPolicy.unanswered(List.of(false, false, true))).isZero();
		assertThat(AnswerPolicy.unanswered(List.of(false, true, false, false))).isEqualTo(2);
		assertThat(AnswerPolicy.unanswered(List.of(true))).as("staff writing first waits for nobody").isZero();
	}

	@Test
	void aMessageNeedsWordsAndAtMostItsLength() {
		assertThat(MessagePolicy.refusal(null)).get().extracting(ConversationRefused::messageKey)
			.isEqualTo("conversation.refused.empty");
		assertThat(MessagePolicy.refusal(" \n ")).isPresent();
		assertThat(MessagePolicy.refusal("x".repeat(MessagePolicy.MAX_LENGTH))).isEmpty();
		assertThat(MessagePolicy.refusal("x".repeat(MessagePolicy.MAX_LENGTH + 1))).get()
			.extracting(ConversationRefused::messageKey)
			.isEqualTo("conversation.refused.tooLong");
		assertThat(MessagePolicy.text("  Bonjour \n")).isEqualTo("Bonjour");
	}

	@Test
	void aPhoneShownIsAPhoneNumber() {
		assertThat(ContactPolicy.refusal("", false)).isEmpty();
		assertThat(ContactPolicy.refusal("", true)).get().extracting(ConversationRefused::messageKey)
			.isEqualTo("conversation.refused.phoneMissing");
		for (String good : List.of("418 555-0142", "(418) 555-0142", "+1 418 555 0142", "418.555.0142 poste 12",
				"418-555-0142 ext. 3")) {
			assertThat(ContactPolicy.refusal(good, true)).as(good).isEmpty();
		}
		for (String bad : List.of("appelez-moi", "555-0142", "418 555-0142; DROP", "1".repeat(20))) {
			assertThat(ContactPolicy.refusal(bad, true)).as(bad).get().extracting(ConversationRefused::messageKey)
				.isEqualTo("conversation.refused.phoneInvalid");
		}
	}

}
