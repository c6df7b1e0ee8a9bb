package ca.pignon.content;

import java.util.List;

/**
 * The guided questions of the value work, in the order asked; each has its text, a hint and an example per
 * {@link SectorFamily} in the module's messages ({@code content.value.q.<id>}, {@code .hint},
 * {@code .example.<FAMILY>}).
 */
public final class ValueQuestions {

	public static final List<String> IDS = List.of("customers", "different", "story", "people", "signature",
			"neighbourhood", "values");

	private ValueQuestions() {
	}

}
