package ca.pignon.diagnostic;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A question of the bank.
 *
 * @param weight its weight in its dimension's score
 * @param required must be answered (when shown) before the diagnostic is complete
 * @param cap for a multiple choice question, the points that give full marks
 * @param auditChecks ids of the web audit's checks that can suggest the answer
 */
public record Question(String id, String dimensionId, QuestionType type, LocalizedText text,
		@Nullable LocalizedText help, BigDecimal weight, boolean required, @Nullable Condition showWhen,
		List<Choice> choices, @Nullable Integer cap, List<Band> bands, @Nullable BigDecimal min,
		@Nullable BigDecimal max, @Nullable LocalizedText unit, List<String> auditChecks) {

	public Optional<Choice> choice(String id) {
		return choices.stream().filter(choice -> choice.id().equals(id)).findFirst();
	}

}
