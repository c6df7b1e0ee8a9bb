package ca.pignon.platform;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A source read by its {@link DocumentKind}: the document it is, or what is wrong with it (never both).
 */
public record DocumentReading<T>(@Nullable T document, List<DocumentProblem> problems) {

	public DocumentReading {
		problems = List.copyOf(problems);
		if ((document == null) == problems.isEmpty()) {
			throw new IllegalArgumentException("a reading is either a document or its problems");
		}
	}

	public static <T> DocumentReading<T> of(T document) {
		return new DocumentReading<>(document, List.of());
	}

	public static <T> DocumentReading<T> refused(List<DocumentProblem> problems) {
		return new DocumentReading<>(null, problems);
	}

	public boolean valid() {
		return document != null;
	}

}
