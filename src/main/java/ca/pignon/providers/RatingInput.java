package ca.pignon.providers;

import org.jspecify.annotations.Nullable;

/**
 * What the merchant answers after the work: each answer as typed, checked by {@link RatingPolicy}.
 *
 * @param actionDone whether the plan's action is done with this delivery (it then shows as done in "Mon plan")
 */
public record RatingInput(@Nullable Boolean onTime, @Nullable Boolean onBudget, @Nullable Integer quality,
		@Nullable Boolean recommend, String comment, String deliveredUrl, boolean actionDone) {
}
