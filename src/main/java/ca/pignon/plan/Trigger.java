package ca.pignon.plan;

import java.util.List;

import org.jspecify.annotations.Nullable;

import ca.pignon.intake.Goal;

/**
 * What makes an action relevant; exactly one kind is set.
 *
 * @param question with {@code anyOf}: the answer holds one of the values; with {@code lacks}: the answer was given and
 *     misses one of the values
 * @param dimension with {@code below}: the dimension's score is under this threshold
 * @param goal a goal the merchant ticked in their application
 */
public record Trigger(@Nullable String question, List<String> anyOf, List<String> lacks, @Nullable String dimension,
		@Nullable Integer below, @Nullable Goal goal) {

	public static Trigger answer(String question, List<String> anyOf) {
		return new Trigger(question, anyOf, List.of(), null, null, null);
	}

	public static Trigger lacking(String question, List<String> lacks) {
		return new Trigger(question, List.of(), lacks, null, null, null);
	}

	public static Trigger score(String dimension, int below) {
		return new Trigger(null, List.of(), List.of(), dimension, below, null);
	}

	public static Trigger goal(Goal goal) {
		return new Trigger(null, List.of(), List.of(), null, null, goal);
	}

}
