package ca.pignon.diagnostic.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ca.pignon.diagnostic.Answer;
import ca.pignon.diagnostic.Choice;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.diagnostic.Question;

/**
 * What a person may answer to a question: a choice of the list (one, or several but never an exclusive one with
 * others), 0 to 5, already / planned / no, a number within bounds, a short text. Answers are cleaned (trimmed, a
 * decimal comma read as a point) before they are stored.
 */
public final class AnswerRules {

	public static final int MAX_TEXT = 500;

	private AnswerRules() {
	}

	/** @return the cleaned values, empty when the person gave none (an answer taken back) */
	public static List<String> clean(Question question, List<String> raw, List<Problem> problems) {
		List<String> values = raw.stream().map(value -> value.replaceAll("\\p{Cntrl}", " ").strip())
			.filter(value -> !value.isEmpty())
			.distinct()
			.toList();
		if (values.isEmpty()) {
			return List.of();
		}
		String id = question.id();
		switch (question.type()) {
			case SINGLE -> {
				if (values.size() != 1 || question.choice(values.get(0)).isEmpty()) {
					problems.add(problem(id, "diagnostic.answer.choice"));
				}
			}
			case MULTIPLE -> {
				List<Choice> chosen = new ArrayList<>();
				for (String value : values) {
					Optional<Choice> choice = question.choice(value);
					if (choice.isEmpty()) {
						problems.add(problem(id, "diagnostic.answer.choice"));
						return values;
					}
					chosen.add(choice.get());
				}
				if (chosen.size() > 1 && chosen.stream().anyMatch(Choice::exclusive)) {
					String exclusive = chosen.stream().filter(Choice::exclusive).findFirst().orElseThrow().text().fr();
					problems.add(new Problem(id, "diagnostic.answer.exclusive", List.of(exclusive)));
				}
			}
			case SCALE -> {
				if (values.size() != 1 || !values.get(0).matches("[0-5]")) {
					problems.add(problem(id, "diagnostic.answer.scale"));
				}
			}
			case ALREADY_PLANNED_NO -> {
				if (values.size() != 1 || !List.of(Answer.ALREADY, Answer.PLANNED, Answer.NO).contains(values.get(0))) {
					problems.add(problem(id, "diagnostic.answer.choice"));
				}
			}
			case NUMBER -> {
				return number(question, values, problems);
			}
			case TEXT -> {
				String text = String.join(" ", values);
				if (text.length() > MAX_TEXT) {
					problems.add(new Problem(id, "diagnostic.answer.tooLong", List.of(MAX_TEXT)));
				}
				return List.of(text);
			}
		}
		return values;
	}

	private static List<String> number(Question question, List<String> values, List<Problem> problems) {
		Optional<BigDecimal> number = values.size() == 1 ? Scoring.number(values) : Optional.empty();
		if (number.isEmpty()) {
			problems.add(problem(question.id(), "diagnostic.answer.number"));
			return values;
		}
		BigDecimal value = number.get();
		BigDecimal min = question.min();
		BigDecimal max = question.max();
		if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
			problems.add(new Problem(question.id(), "diagnostic.answer.range",
					List.of(min == null ? "" : min.toPlainString(), max == null ? "" : max.toPlainString())));
			return values;
		}
		return List.of(value.stripTrailingZeros().toPlainString());
	}

	private static Problem problem(String field, String key) {
		return new Problem(field, key, List.of());
	}

}
