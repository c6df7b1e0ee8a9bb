package ca.pignon.reporting;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One dossier as the indicators read it: its group on each grouping, its cohort and what it brings to each indicator
 * (none to the indicators it does not count in). Never who.
 */
record Merchant(Map<Grouping, String> groups, @Nullable UUID cohort, Map<Indicator, Contribution> contributions) {

	Merchant {
		groups = Map.copyOf(groups);
		contributions = Map.copyOf(contributions);
	}

	String group(Grouping grouping) {
		return groups.getOrDefault(grouping, Grouping.NONE);
	}

}
