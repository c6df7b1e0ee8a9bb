package ca.pignon.intake;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Where the business is online today and what it wants from digital tools.
 *
 * @param goals the checked goals, stored as their names separated by commas
 */
public record OnlinePresence(@Nullable String website, @Nullable String facebook, @Nullable String instagram,
		@Nullable String otherLinks, String goals, @Nullable String goalsOther) {

	static OnlinePresence of(@Nullable String website, @Nullable String facebook, @Nullable String instagram,
			@Nullable String otherLinks, Set<Goal> goals, @Nullable String goalsOther) {
		return new OnlinePresence(website, facebook, instagram, otherLinks,
				goals.stream().sorted().map(Goal::name).collect(Collectors.joining(",")), goalsOther);
	}

	public Set<Goal> goalSet() {
		if (goals.isBlank()) {
			return EnumSet.noneOf(Goal.class);
		}
		return Arrays.stream(goals.split(","))
			.map(Goal::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Goal.class)));
	}

	public boolean hasNoPresence() {
		return website == null && facebook == null && instagram == null && otherLinks == null;
	}

}
