package ca.pignon.diagnostic;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Every dimension's score and the overall score (the weighted mean of the dimensions), with the formula's version. */
public record Scores(int formulaVersion, List<DimensionScore> dimensions, @Nullable Integer overall,
		@Nullable MaturityLevel level) {

	public Optional<DimensionScore> of(String dimensionId) {
		return dimensions.stream().filter(score -> score.dimensionId().equals(dimensionId)).findFirst();
	}

}
