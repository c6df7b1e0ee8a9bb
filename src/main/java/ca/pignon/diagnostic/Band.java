package ca.pignon.diagnostic;

import java.math.BigDecimal;

/** For a number question: from this value up (to the next band), this many points out of 100. */
public record Band(BigDecimal from, int points) {
}
