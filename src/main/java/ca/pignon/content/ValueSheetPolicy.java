package ca.pignon.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ca.pignon.platform.Refused.Problem;

/**
 * What the value work must be. A draft is saved as it goes, whatever its state, as long as each text keeps to its
 * length. A version is kept only when the result is complete: a statement of one or two sentences, three to five
 * differentiators, two or three customer profiles with a name, a tone chosen.
 */
final class ValueSheetPolicy {

	static final int ANSWER_MAX = 2000;

	static final int STATEMENT_MAX = 400;

	static final int LINE_MAX = 200;

	static final int PROFILE_NAME_MAX = 80;

	static final int PROFILE_DESCRIPTION_MAX = 300;

	static final int WORDS_MAX = 500;

	static final int MIN_DIFFERENTIATORS = 3;

	static final int MAX_DIFFERENTIATORS = 5;

	static final int MIN_PROFILES = 2;

	static final int MAX_PROFILES = 3;

	private ValueSheetPolicy() {
	}

	/** What a draft must respect to be saved: lengths and known questions only. */
	static List<Problem> draft(ValueSheet sheet) {
		List<Problem> problems = new ArrayList<>();
		for (Map.Entry<String, String> answer : sheet.answers().entrySet()) {
			if (!ValueQuestions.IDS.contains(answer.getKey())) {
				problems.add(Problem.about(null, "content.value.question.unknown", answer.getKey()));
			}
			else {
				length(problems, "answers[" + answer.getKey() + "]", answer.getValue(), ANSWER_MAX);
			}
		}
		length(problems, "statement", sheet.statement(), STATEMENT_MAX);
		if (sheet.differentiators().size() > MAX_DIFFERENTIATORS) {
			problems.add(Problem.about("differentiators", "content.value.differentiators.tooMany",
					String.valueOf(MAX_DIFFERENTIATORS)));
		}
		for (int i = 0; i < sheet.differentiators().size(); i++) {
			length(problems, "differentiators[" + i + "]", sheet.differentiators().get(i), LINE_MAX);
		}
		if (sheet.profiles().size() > MAX_PROFILES) {
			problems.add(Problem.about("profiles", "content.value.profiles.tooMany", String.valueOf(MAX_PROFILES)));
		}
		for (int i = 0; i < sheet.profiles().size(); i++) {
			length(problems, "profiles[" + i + "].name", sheet.profiles().get(i).name(), PROFILE_NAME_MAX);
			length(problems, "profiles[" + i + "].description", sheet.profiles().get(i).description(),
					PROFILE_DESCRIPTION_MAX);
		}
		if (!sheet.tone().isEmpty() && !isTone(sheet.tone())) {
			problems.add(Problem.about("tone", "content.value.tone.unknown"));
		}
		length(problems, "wordsToUse", sheet.wordsToUse(), WORDS_MAX);
		length(problems, "wordsToAvoid", sheet.wordsToAvoid(), WORDS_MAX);
		return problems;
	}

	/** What a kept version must be, on top of a draft's rules. */
	static List<Problem> complete(ValueSheet sheet) {
		List<Problem> problems = new ArrayList<>(draft(sheet));
		if (sheet.statement().isBlank()) {
			problems.add(Problem.about("statement", "content.value.statement.required"));
		}
		else if (sentences(sheet.statement()) > 2) {
			problems.add(Problem.about("statement", "content.value.statement.tooManySentences"));
		}
		int differentiators = sheet.writtenDifferentiators().size();
		if (differentiators < MIN_DIFFERENTIATORS) {
			problems.add(Problem.about("differentiators", "content.value.differentiators.tooFew",
					String.valueOf(MIN_DIFFERENTIATORS), String.valueOf(differentiators)));
		}
		List<ValueSheet.CustomerProfile> profiles = sheet.writtenProfiles();
		if (profiles.size() < MIN_PROFILES) {
			problems.add(Problem.about("profiles", "content.value.profiles.tooFew", String.valueOf(MIN_PROFILES),
					String.valueOf(profiles.size())));
		}
		for (int i = 0; i < sheet.profiles().size(); i++) {
			ValueSheet.CustomerProfile profile = sheet.profiles().get(i);
			if (!profile.blank() && profile.name().isBlank()) {
				problems.add(Problem.about("profiles[" + i + "].name", "content.value.profile.nameRequired"));
			}
		}
		if (sheet.tone().isEmpty()) {
			problems.add(Problem.about("tone", "content.value.tone.required"));
		}
		return problems;
	}

	/**
	 * The sentences of a text: the runs of words ended by a full stop, a question or an exclamation mark (or by the
	 * end of the text); "etc." or "St." inside a sentence count, so the rule errs on the side of refusing.
	 */
	static int sentences(String text) {
		String[] parts = text.strip().split("(?<=[.!?…])\\s+");
		int count = 0;
		for (String part : parts) {
			if (part.chars().anyMatch(Character::isLetterOrDigit)) {
				count++;
			}
		}
		return count;
	}

	private static boolean isTone(String tone) {
		for (Tone known : Tone.values()) {
			if (known.name().equals(tone)) {
				return true;
			}
		}
		return false;
	}

	private static void length(List<Problem> problems, String field, String text, int max) {
		if (text.strip().length() > max) {
			problems.add(Problem.about(field, "content.value.text.tooLong", String.valueOf(max),
					String.valueOf(text.strip().length())));
		}
	}

}
