package ca.pignon.content;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Easter by the Gregorian computus: the dates churches publish, and, for every year from 1583 to 4099, the same day
 * as an independent method of computing it (Oudin's, 1940), always a Sunday between March 22 and April 25.
 */
class EasterPolicyTests {

	@ParameterizedTest
	@CsvSource({ "2000, 2000-04-23", "2008, 2008-03-23", "2011, 2011-04-24", "2019, 2019-04-21", "2024, 2024-03-31",
			"2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2028, 2028-04-16", "2038, 2038-04-25",
			"2285, 2285-03-22" })
	void findsThePublishedDate(int year, LocalDate published) {
		// when / then
		assertThat(EasterPolicy.easterSunday(year)).isEqualTo(published);
	}

	@Test
	void agreesWithAnIndependentMethodEveryYearOfTheGregorianTables() {
		for (int year = 1583; year <= 4099; year++) {
			// when
			LocalDate easter = EasterPolicy.easterSunday(year);
			// then
			assertThat(easter).as("Easter %d", year).isEqualTo(oudin(year));
			assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
			assertThat(MonthDay.from(easter)).isBetween(MonthDay.of(3, 22), MonthDay.of(4, 25));
		}
	}

	/** Oudin's algorithm (1940), as the Explanatory Supplement to the Astronomical Almanac gives it. */
	private static LocalDate oudin(int y) {
		int c = y / 100;
		int n = y - 19 * (y / 19);
		int k = (c - 17) / 25;
		int i = c - c / 4 - (c - k) / 3 + 19 * n + 15;
		i = i - 30 * (i / 30);
		i = i - (i / 28) * (1 - (i / 28) * (29 / (i + 1)) * ((21 - n) / 11));
		int j = y + y / 4 + i + 2 - c + c / 4;
		j = j - 7 * (j / 7);
		int l = i - j;
		int m = 3 + (l + 40) / 44;
		int d = l + 28 - 31 * (m / 4);
		return LocalDate.of(y, m, d);
	}

}
