package ca.pignon.followup;

import java.util.List;

import ca.pignon.platform.Refused;

/** A command the follow-up rules refuse, with every reason (message keys, and the field each concerns) at once. */
public class FollowupRefused extends Refused {

	public FollowupRefused(List<Problem> problems) {
		super(problems);
	}

	public FollowupRefused(String messageKey) {
		super(null, messageKey);
	}

}
