package ca.pignon.reporting;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One cell of one indicator in one table of a period: the merchants it counts, its value, its history by month, and
 * whether it is published.
 */
final class TableCell {

	/** The merchants counted in the period (for a sum, those who bring more than zero). */
	int merchants;

	/** The same, for all rounds (the report asks one cohort). */
	int merchantsInAllRounds;

	BigDecimal sum = BigDecimal.ZERO;

	final List<BigDecimal> values = new ArrayList<>();

	/** The merchants counted in each month of the whole history, of the report's cohort. */
	final SortedMap<YearMonth, Integer> months = new TreeMap<>();

	boolean suppressed;

	/** A cell of no merchant: anyone may guess it is zero, so it hides nothing (nor can it hide another). */
	boolean knownZero() {
		return merchants == 0;
	}

	/** Suppressed, and not a zero anyone may guess: what complementary suppression protects. */
	boolean unknown() {
		return suppressed && !knownZero();
	}

}
