package ca.pignon.territory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PostalCodeTests {

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "G1R 4P5", "g1r 4p5", "G1R4P5", "g1r-4p5", "  G1R 4P5 " })
	void readsTheUsualSpellings(String typed) {
		// when / then
		assertThat(PostalCode.parse(typed)).map(PostalCode::value).hasValue("G1R 4P5");
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "", "G1R", "G1R 4P", "G1R 4P55", "G1R  4P5", "G1 R4P5", "1G1 R4P", "Q1R 4P5", "G1D 4P5",
			"G1R 4U5", "K1A 0B1", "M5V 3L9" })
	void refusesWhatIsNotAQuebecPostalCode(String typed) {
		// when / then
		assertThat(PostalCode.parse(typed)).isEmpty();
	}

	@Test
	void refusesNothingAtAll() {
		// when / then
		assertThat(PostalCode.parse(null)).isEmpty();
	}

	@Test
	void knowsItsForwardSortationArea() {
		// when / then
		assertThat(new PostalCode("G2E 3M8").forwardSortationArea()).isEqualTo("G2E");
	}

	@Test
	void acceptsOnlyTheCanonicalSpellingWhenBuiltDirectly() {
		// when / then
		assertThatIllegalArgumentException().isThrownBy(() -> new PostalCode("g2e3m8"));
	}

}
