package ca.pignon.diagnostic.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ca.pignon.diagnostic.Answer;
import ca.pignon.diagnostic.Question;
import ca.pignon.diagnostic.QuestionBank;

/**
 * Which questions are shown: a question without condition always; a conditional one when the question it depends on
 * is itself shown and its answer holds one of the expected values. Conditions only refer to earlier questions (the
 * bank reader checks it), so one pass in the bank's order settles every chain.
 */
public final class SkipLogic {

	private SkipLogic() {
	}

	public static Set<String> shown(QuestionBank bank, Map<String, Answer> answers) {
		Set<String> shown = new LinkedHashSet<>();
		for (Question question : bank.questions()) {
			var condition = question.showWhen();
			if (condition == null) {
				shown.add(question.id());
				continue;
			}
			Answer answer = answers.get(condition.questionId());
			if (shown.contains(condition.questionId()) && answer != null
					&& answer.values().stream().anyMatch(condition.anyOf()::contains)) {
				shown.add(question.id());
			}
		}
		return shown;
	}

	/** The answers that count: those of shown questions. Hidden answers are kept but neither scored nor required. */
	public static List<Answer> counted(QuestionBank bank, Map<String, Answer> answers) {
		Set<String> shown = shown(bank, answers);
		return answers.values().stream().filter(answer -> shown.contains(answer.questionId())).toList();
	}

}
