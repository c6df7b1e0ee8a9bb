package ca.pignon.content;

import java.time.LocalDate;

/**
 * Easter Sunday of a year of the Gregorian calendar, by the computus (the anonymous Gregorian algorithm, also known as
 * Meeus/Jones/Butcher): the first Sunday after the ecclesiastical full moon on or after March 21.
 */
final class EasterPolicy {

	private EasterPolicy() {
	}

	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = (h + l - 7 * m + 114) % 31 + 1;
		return LocalDate.of(year, month, day);
	}

}
