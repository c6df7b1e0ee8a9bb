package ca.pignon.selection.internal;

import java.util.List;

import ca.pignon.selection.AutomaticRule;
import ca.pignon.selection.CriterionDefinition;

import static ca.pignon.selection.CriterionGroup.ENGAGEMENT;
import static ca.pignon.selection.CriterionGroup.IMPACT;

/**
 * The grid Pignon ships (version 1), for a storefront program; explained in plain French in docs/selection.md.
 * Weights add up to 100 so that each weight reads as points out of 100: engagement 50, impact 50.
 */
public final class DefaultGrid {

	public static final List<CriterionDefinition> CRITERIA = List.of(
			// engagement: what the merchant can put into the project
			CriterionDefinition.automatic("HOURS_PER_WEEK", ENGAGEMENT, AutomaticRule.HOURS_PER_WEEK,
					"LESS_THAN_ONE=0;ONE_TO_TWO=2;THREE_TO_FIVE=3;MORE_THAN_FIVE=4", 15, 4),
			CriterionDefinition.automatic("WORK_BY", ENGAGEMENT, AutomaticRule.WORK_BY,
					"OWNER=4;EMPLOYEE=3;FAMILY_OR_PARTNER=3;PROVIDER=1;UNDECIDED=0", 10, 4),
			CriterionDefinition.reviewer("GOALS_CLARITY", ENGAGEMENT, 15, 4),
			CriterionDefinition.reviewer("TRAINING_OPENNESS", ENGAGEMENT, 10, 4),
			// impact: what the project would change for the business
			CriterionDefinition.automatic("ONLINE_PRESENCE", IMPACT, AutomaticRule.ONLINE_PRESENCE,
					"NONE=4;SOCIAL_ONLY=2;WEBSITE=1", 15, 4),
			CriterionDefinition.automatic("EMPLOYEES", IMPACT, AutomaticRule.EMPLOYEES,
					"0-1=3;2-9=4;10-19=3;20-49=1;50+=0", 10, 4),
			CriterionDefinition.automatic("SECTOR", IMPACT, AutomaticRule.SECTOR,
					"44=4;45=4;722=4;812=3;71=3;721=3;*=2", 5, 4),
			CriterionDefinition.reviewer("PROJECT_FIT", IMPACT, 20, 4));

	private DefaultGrid() {
	}

	public static boolean isShipped(String code) {
		return CRITERIA.stream().anyMatch(criterion -> criterion.code().equals(code));
	}

}
