package ca.pignon.platform;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The store refuses to publish a version: its problems, each a message key with its arguments. A module may wrap it
 * in its own refusal; {@link #in} finds it again as the cause.
 */
public class DocumentRefused extends RuntimeException {

	private final List<DocumentProblem> problems;

	public DocumentRefused(List<DocumentProblem> problems) {
		super(problems.stream().map(DocumentProblem::messageKey).toList().toString());
		this.problems = List.copyOf(problems);
	}

	public List<DocumentProblem> problems() {
		return problems;
	}

	/** The store's refusal behind an exception (itself, or its cause), if there is one. */
	public static Optional<DocumentRefused> in(@Nullable Throwable thrown) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause instanceof DocumentRefused refused) {
				return Optional.of(refused);
			}
		}
		return Optional.empty();
	}

}
