package ca.pignon.diagnostic;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A dimension in the result.
 *
 * @param weakQuestions the texts of its questions that scored under half, for the gaps' explanation
 */
public record DimensionResult(String dimensionId, String title, @Nullable Integer score, @Nullable MaturityLevel level,
		String strengthText, String gapText, List<String> weakQuestions) {
}
