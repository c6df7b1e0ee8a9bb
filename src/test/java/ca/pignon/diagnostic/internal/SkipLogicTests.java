package ca.pignon.diagnostic.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import ca.pignon.platform.Refused.Problem;
import ca.pignon.diagnostic.QuestionBank;

import static ca.pignon.diagnostic.internal.TestBank.answers;
import static org.assertj.core.api.Assertions.assertThat;

class SkipLogicTests {

	final QuestionBank bank = TestBank.bank();

	@Test
	void aConditionalQuestionIsShownOnlyWhenItsConditionHolds() {
		assertThat(SkipLogic.shown(bank, answers())).doesNotContain("a-conditional");
		assertThat(SkipLogic.shown(bank, answers("a-single", "y"))).doesNotContain("a-conditional");
		assertThat(SkipLogic.shown(bank, answers("a-single", "z"))).contains("a-conditional");
	}

	@Test
	void aHiddenQuestionsAnswerIsKeptButNeitherScoredNorCounted() {
		// given an answer to the conditional question, then the condition changed
		var answers = answers("a-single", "y", "a-conditional", "m");
		// then the hidden answer does not count: alpha is the single choice's 1/4 alone
		assertThat(SkipLogic.counted(bank, answers)).extracting(answer -> answer.questionId())
			.containsExactly("a-single");
		assertThat(Scoring.score(bank, answers).of("alpha").orElseThrow().score()).isEqualTo(25);
		// and once shown again it counts: (1 + 0) / 2
		assertThat(Scoring.score(bank, answers("a-single", "z", "a-conditional", "m")).of("alpha").orElseThrow().score())
			.isEqualTo(50);
	}

	@Test
	void conditionsChainThroughTheShippedBank() {
		QuestionBank shipped = ShippedBank.read();
		// the Google profile's statistics (data) are asked only of a merchant who manages the profile (visibility)
		assertThat(SkipLogic.shown(shipped, answers("vis-google-profile", "no"))).doesNotContain("data-profile-stats",
				"vis-profile-current");
		assertThat(SkipLogic.shown(shipped, answers("vis-google-profile", "managed"))).contains("data-profile-stats",
				"vis-profile-current");
		// a merchant without a website is not asked about it
		assertThat(SkipLogic.shown(shipped, answers("web-has-site", "no"))).doesNotContain("web-mobile", "web-content",
				"web-https", "web-updated", "web-self-edit");
	}

	@Test
	void answersAreCheckedAgainstTheirQuestion() {
		assertThat(problems("a-single", "w")).containsExactly("diagnostic.answer.choice");
		assertThat(problems("a-multiple", "p", "none")).containsExactly("diagnostic.answer.exclusive");
		assertThat(problems("a-scale", "6")).containsExactly("diagnostic.answer.scale");
		assertThat(problems("b-apn", "MAYBE")).containsExactly("diagnostic.answer.choice");
		assertThat(problems("a-number", "beaucoup")).containsExactly("diagnostic.answer.number");
		assertThat(problems("a-number", "81")).containsExactly("diagnostic.answer.range");
		assertThat(problems("a-text", "x".repeat(AnswerRules.MAX_TEXT + 1))).containsExactly("diagnostic.answer.tooLong");
		assertThat(problems("a-number", "2,5")).isEmpty();
	}

	@Test
	void aDecimalCommaIsReadAsAPoint() {
		var problems = new java.util.ArrayList<Problem>();
		assertThat(AnswerRules.clean(bank.question("a-number").orElseThrow(), List.of(" 2,50 "), problems))
			.containsExactly("2.5");
	}

	private List<String> problems(String question, String... values) {
		var problems = new java.util.ArrayList<Problem>();
		AnswerRules.clean(bank.question(question).orElseThrow(), List.of(values), problems);
		return problems.stream().map(Problem::messageKey).toList();
	}

}
