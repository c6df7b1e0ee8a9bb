package ca.pignon.followup;

import java.util.List;

/** A command the follow-up rules refuse, with every reason (message keys) at once. */
public class FollowupRefused extends RuntimeException {

	private final List<Problem> problems;

	public FollowupRefused(List<Problem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public FollowupRefused(String messageKey) {
		this(List.of(new Problem(null, messageKey)));
	}

	public List<Problem> problems() {
		return problems;
	}

}
