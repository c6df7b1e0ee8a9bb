package ca.pignon.content;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One network in one month on the figures' page: what was entered, its engagement rates ({@link EngagementPolicy}),
 * the posts the calendar planned and those marked published, and the cohort's anonymous median
 * ({@link CohortMedianPolicy}).
 *
 * @param figures what was entered, null when nothing was for that month
 * @param planned the calendar's posts of the month on that network, skipped ones included
 * @param markedPublished the calendar's posts of the month marked published
 * @param medianByReach the cohort's median of the rate by reach, null when not shown ({@code medianWhyNot} says why)
 * @param medianWhyNot the message key saying why the median is not shown, null when it is
 */
public record FiguresLine(Network network, @Nullable MonthlyFigures figures, @Nullable BigDecimal byReach,
		@Nullable BigDecimal byFollowers, int planned, int markedPublished, @Nullable BigDecimal medianByReach,
		@Nullable BigDecimal medianByFollowers, @Nullable String medianWhyNot) {
}
