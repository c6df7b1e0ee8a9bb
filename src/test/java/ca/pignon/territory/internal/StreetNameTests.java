package ca.pignon.territory.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class StreetNameTests {

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "Avenue Monseigneur-Gosselin", "av. Mgr-Gosselin", "AVENUE MONSEIGNEUR GOSSELIN",
			"ave Monseigneur - Gosselin", "Monseigneur-Gosselin Avenue" })
	void readsTheSameStreetWhateverTheSpelling(String spelling) {
		// when / then
		assertThat(StreetName.parse(spelling)).hasValue(new StreetName("avenue", "monseigneur gosselin", null));
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "Chemin Sainte-Foy", "ch. Ste-Foy", "chemin St-Foy", "CH STE FOY", "chemin saint foy" })
	void treatsSaintAndSainteAlike(String spelling) {
		// when / then
		assertThat(StreetName.parse(spelling)).hasValue(new StreetName("chemin", "st foy", null));
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "Boulevard Pie-XI Nord", "boul. Pie-XI N.", "bd Pie XI nord", "blvd pie-xi n" })
	void separatesTheDirection(String spelling) {
		// when / then
		assertThat(StreetName.parse(spelling)).hasValue(new StreetName("boulevard", "pie xi", "nord"));
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "Boulevard de l'Ormière", "boulevard Ormiere", "boul. de l’Ormière" })
	void ignoresParticles(String spelling) {
		// when / then
		assertThat(StreetName.parse(spelling)).hasValue(new StreetName("boulevard", "ormiere", null));
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "1re Avenue", "1ère avenue", "1ere av.", "première avenue" })
	void readsOrdinalsAsNumbers(String spelling) {
		// when / then
		assertThat(StreetName.parse(spelling)).hasValue(new StreetName("avenue", "1", null));
	}

	@Test
	void keepsADirectionThatIsTheWholeName() {
		// when / then
		assertThat(StreetName.parse("Rue de l'Est")).hasValue(new StreetName("rue", "est", null));
	}

	@Test
	void findsATypeWrittenAfterTheName() {
		// when / then
		assertThat(StreetName.parse("Grande Allée Est")).hasValue(new StreetName("allee", "grande", "est"));
	}

	@Test
	void findsNoStreetInPunctuation() {
		// when / then
		assertThat(StreetName.parse(" - , ")).isEmpty();
	}

}
