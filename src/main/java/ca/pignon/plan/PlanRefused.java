package ca.pignon.plan;

import java.util.List;

import ca.pignon.platform.Refused;

/**
 * The plan refuses a write: each problem with its message key, arguments and the field (or catalogue action) at fault,
 * for the page to show next to it and in the error summary.
 */
public class PlanRefused extends Refused {

	public PlanRefused(List<Problem> problems) {
		super(problems);
	}

	public static PlanRefused because(String messageKey, Object... arguments) {
		return new PlanRefused(List.of(Problem.about(null, messageKey, arguments)));
	}

}
