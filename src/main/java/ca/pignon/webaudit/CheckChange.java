package ca.pignon.webaudit;

import org.jspecify.annotations.Nullable;

/**
 * How one check moved between two runs; {@code before} is null for a check the previous run did not have.
 */
public record CheckChange(String id, @Nullable CheckStatus before, CheckStatus after) {

	public boolean improved() {
		return before != null && rank(after) > rank(before);
	}

	public boolean worsened() {
		return before != null && rank(after) < rank(before);
	}

	private static int rank(CheckStatus status) {
		return switch (status) {
			case FAIL -> 0;
			case WARN -> 1;
			case NOT_APPLICABLE -> 2;
			case PASS -> 3;
		};
	}

}
