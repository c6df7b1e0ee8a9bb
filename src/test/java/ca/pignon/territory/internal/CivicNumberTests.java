package ca.pignon.territory.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CivicNumberTests {

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "2280", " 2280 ", "101-2280", "101 - 2280", "A-2280", "2280, app. 3", "2280 app 3",
			"2280 #3", "2280 # 3", "2280, bureau 200", "2280 local 4", "2280, suite 5", "2280 unité 6", "2280 apt. B" })
	void readsTheCivicNumberWithoutItsUnit(String typed) {
		// when / then
		assertThat(CivicNumber.parse(typed)).hasValue(new CivicNumber(2280, ""));
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "2280A", "2280 a", "101-2280A" })
	void keepsTheLetterOfTheCivicNumber(String typed) {
		// when / then
		assertThat(CivicNumber.parse(typed)).hasValue(new CivicNumber(2280, "A"));
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "", "  ", "rue", "app. 3", "12345678" })
	void findsNoCivicNumberWhereThereIsNone(String typed) {
		// when / then
		assertThat(CivicNumber.parse(typed)).isEmpty();
	}

}
