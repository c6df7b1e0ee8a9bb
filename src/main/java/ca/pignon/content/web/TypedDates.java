package ca.pignon.content.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jspecify.annotations.Nullable;

import ca.pignon.content.ContentRefused;
import ca.pignon.platform.Refused.Problem;

/** Dates as people typed them (ISO, as a date field sends them): what does not read is refused beside its field. */
final class TypedDates {

	private TypedDates() {
	}

	/** The date typed, null when nothing was typed. */
	static @Nullable LocalDate read(String field, String typed, List<Problem> problems) {
		String text = typed.strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			problems.add(Problem.about(field, "content.occasion.date.invalid", text));
			return null;
		}
	}

	static void refuseIfAny(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new ContentRefused(problems);
		}
	}

}
