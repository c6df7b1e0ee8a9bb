package ca.pignon.platform;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A source checked without publishing it, as publishing would check it: its own rules, the kinds it refers to, and
 * the published versions of the kinds that refer to it.
 *
 * @param version the version it would become
 * @param document what it reads into, or null when it has problems
 * @param current the version in use, to compare with
 */
public record DocumentPreview<T>(int version, @Nullable T document, T current, List<DocumentProblem> problems) {

	public DocumentPreview {
		problems = List.copyOf(problems);
	}

	public boolean valid() {
		return document != null && problems.isEmpty();
	}

}
