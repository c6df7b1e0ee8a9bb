package ca.pignon.diagnostic;

import java.util.List;

/**
 * An answer as stored: the chosen choice ids, the scale value ("0"–"5"), ALREADY/PLANNED/NO, the number or the text.
 */
public record Answer(String questionId, List<String> values) {

	public static final String ALREADY = "ALREADY";

	public static final String PLANNED = "PLANNED";

	public static final String NO = "NO";

	public boolean isBlank() {
		return values.stream().allMatch(String::isBlank);
	}

}
