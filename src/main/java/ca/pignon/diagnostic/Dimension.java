package ca.pignon.diagnostic;

import java.math.BigDecimal;
import java.util.List;

/**
 * A dimension of digital maturity and its questions.
 *
 * @param strength what the result says when the dimension is a strength
 * @param gap why the dimension matters and how to start, when it is one of the largest gaps
 */
public record Dimension(String id, BigDecimal weight, LocalizedText title, LocalizedText intro,
		LocalizedText strength, LocalizedText gap, List<Question> questions) {
}
