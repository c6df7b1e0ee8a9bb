package ca.pignon.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value work of one merchant ("Votre valeur ajoutée"): the answers to the guided questions and what comes of
 * them, a value statement of one or two sentences, three to five differentiators, two or three customer profiles, a
 * tone of voice and the words to use and to avoid. A draft may be partial; a kept version is complete
 * ({@link ValueSheetPolicy}).
 * @param answers the answer to each guided question, by its id ({@link ValueQuestions})
 * @param tone a {@link Tone}'s name, empty while none is chosen
 */
public record ValueSheet(Map<String, String> answers, String statement, List<String> differentiators,
		List<CustomerProfile> profiles, String tone, String wordsToUse, String wordsToAvoid) {

	/** A kind of customer the business speaks to ("les habitués du quartier"). */
	public record CustomerProfile(String name, String description) {

		public boolean blank() {
			return name.isBlank() && description.isBlank();
		}

	}

	public ValueSheet {
		answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
		differentiators = List.copyOf(differentiators);
		profiles = List.copyOf(profiles);
	}

	public static ValueSheet empty() {
		return new ValueSheet(Map.of(), "", List.of(), List.of(), "", "", "");
	}

	public String answer(String question) {
		return answers.getOrDefault(question, "");
	}

	/** The differentiators written, without the empty rows. */
	public List<String> writtenDifferentiators() {
		return differentiators.stream().map(String::strip).filter(d -> !d.isEmpty()).toList();
	}

	/** The profiles written, without the empty rows. */
	public List<CustomerProfile> writtenProfiles() {
		return profiles.stream().filter(p -> !p.blank()).toList();
	}

	/** The words as a list: one per line or separated by commas. */
	public static List<String> words(String text) {
		return java.util.Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(w -> !w.isEmpty()).toList();
	}

}
