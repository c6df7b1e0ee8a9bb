package ca.pignon.webaudit.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registered address and phone are found whatever the site's formatting, and only those.
 */
class NapMatcherTests {

	@Test
	void findsAnAddressWhateverTheAccentsCaseAbbreviationsAndPunctuation() {
		assertThat(NapMatcher.containsAddress("Au 1234, R. ST-JEAN, Québec", "1234", "rue Saint-Jean")).isTrue();
		assertThat(NapMatcher.containsAddress("2280 boul. Monseigneur-Gosselin", "2280",
				"boulevard Monseigneur-Gosselin")).isTrue();
		assertThat(NapMatcher.containsAddress("2280, bd Mgr-Gosselin", "2280", "boulevard Monseigneur-Gosselin"))
			.isTrue();
		assertThat(NapMatcher.containsAddress("455 Charest O.", "455", "boulevard Charest Ouest")).isTrue();
		assertThat(NapMatcher.containsAddress("12, 3e Avenue, Limoilou", "12", "3e Avenue")).isTrue();
		assertThat(NapMatcher.containsAddress("850 côte d’Abraham", "850", "Côte d'Abraham")).isTrue();
		assertThat(NapMatcher.containsAddress("1 rue Sainte-Anne", "1", "rue Sainte-Anne")).isTrue();
	}

	@Test
	void doesNotFindAnotherNumberOrAnotherStreet() {
		assertThat(NapMatcher.containsAddress("12345 rue Saint-Jean", "1234", "rue Saint-Jean")).isFalse();
		assertThat(NapMatcher.containsAddress("1234 rue Saint-Joseph", "1234", "rue Saint-Jean")).isFalse();
		assertThat(NapMatcher.containsAddress("rue Saint-Jean", "1234", "rue Saint-Jean")).isFalse();
	}

	@Test
	void findsAPhoneNumberInEveryUsualFormat() {
		for (String written : new String[] { "+1 418-555-1234", "(418) 555-1234", "4185551234", "418.555.1234",
				"1-418-555-1234", "418 555 1234" }) {
			assertThat(NapMatcher.phonesIn("Appelez-nous au " + written + " !")).as(written).containsExactly("4185551234");
		}
		assertThat(NapMatcher.phoneDigits("+1 (418) 555-1234")).isEqualTo("4185551234");
		assertThat(NapMatcher.phonesIn("Depuis 1978, 455 boulevard")).isEmpty();
	}

}
