package ca.pignon.dossier;

import java.math.BigDecimal;

/**
 * The advisor's hours of a merchant's accompaniment: the program's budget and what meetings held used of it.
 *
 * @param budget the hours each merchant of the program may use
 * @param used the hours of the meetings held so far
 */
public record AdvisorHours(BigDecimal budget, BigDecimal used) {

	/** What is left of the budget, never below zero (going over is allowed and shown elsewhere). */
	public BigDecimal left() {
		return budget.subtract(used).max(BigDecimal.ZERO);
	}

}
