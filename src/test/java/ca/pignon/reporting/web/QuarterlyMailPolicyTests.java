package ca.pignon.reporting.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuarterlyMailPolicyTests {

	@Test
	void theQuarterJustEndedIsDueFromTheFirstDayOfTheNext() {
		assertThat(QuarterlyMailPolicy.due(LocalDate.of(2027, 1, 1))).contains(new Quarter(2026, 4));
		assertThat(QuarterlyMailPolicy.due(LocalDate.of(2026, 4, 1))).contains(new Quarter(2026, 1));
		assertThat(QuarterlyMailPolicy.due(LocalDate.of(2026, 7, 2))).contains(new Quarter(2026, 2));
	}

	@Test
	void aMissedRunIsCaughtUpDuringTheQuartersFirstMonthOnly() {
		assertThat(QuarterlyMailPolicy.due(LocalDate.of(2026, 10, 31))).contains(new Quarter(2026, 3));
		assertThat(QuarterlyMailPolicy.due(LocalDate.of(2026, 11, 1))).isEmpty();
		assertThat(QuarterlyMailPolicy.due(LocalDate.of(2026, 12, 31))).isEmpty();
	}

}
