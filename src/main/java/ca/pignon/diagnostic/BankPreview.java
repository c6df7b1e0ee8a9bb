package ca.pignon.diagnostic;

import ca.pignon.platform.Refused;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A bank file checked before publishing: the bank it would become, or the problems found (each naming the line or the
 * question at fault), and what it changes compared to the current version.
 */
public record BankPreview(@Nullable QuestionBank bank, List<Refused.Problem> problems, List<String> added,
		List<String> removed) {

	public boolean valid() {
		return problems.isEmpty() && bank != null;
	}

}
