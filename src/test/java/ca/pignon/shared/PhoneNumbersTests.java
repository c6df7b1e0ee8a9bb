package ca.pignon.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One reading of a phone number, at registration and in the audit: E.164 with Canada as the default region.
 */
class PhoneNumbersTests {

	@ParameterizedTest(name = "\"{0}\" is +14185550123")
	@ValueSource(strings = { "418 555-0123", "(418) 555-0123", "418.555.0123", "4185550123", "+1 418 555 0123",
			"1-418-555-0123", "tel:+14185550123", "418 555-0123 poste 12", "418-555-0123, poste 4", "418 555-0123 ext. 12",
			"418 555-0123 x12", "+1-418-555-0123;ext=12" })
	void readsEveryUsualWritingAsOneNumber(String written) {
		assertThat(PhoneNumbers.e164(written)).contains("+14185550123");
		assertThat(new Phone.Validator().isValid(written, null)).isTrue();
	}

	@ParameterizedTest(name = "\"{0}\" is not a phone number")
	@ValueSource(strings = { "555-0123", "12345", "418 555 01234", "418 123-4567", "bonjour", "0033 1 23 45 67 89" })
	void refusesWhatIsNotAValidNumber(String written) {
		assertThat(PhoneNumbers.e164(written)).isEmpty();
		assertThat(new Phone.Validator().isValid(written, null)).isFalse();
	}

	@Test
	void leavesAnEmptyFieldToTheFormAndReadsForeignNumbersWithTheirCode() {
		assertThat(new Phone.Validator().isValid("", null)).isTrue();
		assertThat(new Phone.Validator().isValid(null, null)).isTrue();
		assertThat(PhoneNumbers.e164("+33 1 23 45 67 89")).contains("+33123456789");
	}

	@Test
	void findsTheNumbersWrittenInAText() {
		assertThat(PhoneNumbers.findIn("Appelez au 418.555.0123 poste 4 ou au (418) 555-0199. Ouvert de 8 h à 17 h, "
				+ "1234 rue Saint-Jean, G1R 1A1, depuis 1962."))
			.containsExactly("+14185550123", "+14185550199");
		assertThat(PhoneNumbers.findIn("Depuis 1978, 455 boulevard Charest, 2024-2026")).isEmpty();
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = {
			"Appelez au 418.555.0123 poste 4 ou au (418) 555-0199. Ouvert de 8 h à 17 h, 1234 rue Saint-Jean.",
			"Depuis 1978, 455 boulevard Charest, 2024-2026", "", "tel:+14185550199 ou 1-418-555-0123",
			"Commandes : 418 555 0199 — livraison 418-555-0123, ext. 12" })
	void tellsWhetherATextShowsANumberAsItsListSays(String text) {
		var found = PhoneNumbers.findIn(text);
		assertThat(PhoneNumbers.anyIn(text)).isEqualTo(!found.isEmpty());
		for (String number : new String[] { "+14185550123", "+14185550199", "+14185550100" }) {
			assertThat(PhoneNumbers.isIn(text, number)).as(number).isEqualTo(found.contains(number));
		}
	}

}
