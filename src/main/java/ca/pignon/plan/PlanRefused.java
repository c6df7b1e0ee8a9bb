package ca.pignon.plan;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The plan refuses a write: each problem with its message key, arguments and the field (or catalogue action) at fault,
 * for the page to show next to it and in the error summary.
 */
public class PlanRefused extends RuntimeException {

	public record Problem(@Nullable String field, String messageKey, List<Object> arguments) {
	}

	private final List<Problem> problems;

	public PlanRefused(List<Problem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public static PlanRefused because(String messageKey, Object... arguments) {
		return new PlanRefused(List.of(new Problem(null, messageKey, List.of(arguments))));
	}

	public List<Problem> problems() {
		return problems;
	}

}
