package ca.pignon.privacy;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Who can see a merchant's dossier now, by the dossier's one access rule, as the merchant reads it.
 *
 * @param advisor the advisor who accompanies them, by name
 * @param reviewers the people who review their application in its round, by name
 * @param areaAdvisors whether the advisors of their area can see it, to check their eligibility
 */
public record WhoSees(@Nullable String advisor, List<String> reviewers, boolean areaAdvisors) {

	public WhoSees {
		reviewers = List.copyOf(reviewers);
	}

}
