package ca.pignon.platform;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Long passphrases rather than composition rules: length counted in characters, common passwords refused even
 * dressed up with digits and symbols, and nothing built on the person's own address.
 */
class PasswordPolicyTests {

	static final String EMAIL = "rosalie.gingras@boulangerie.test";

	final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void refusesNineCharacters() {
		assertThat(refusal("pain-chau")).contains("platform.password.tooShort");
	}

	@Test
	void acceptsTenCharacters() {
		assertThat(refusal("pain-chaud")).isEmpty();
	}

	@Test
	void accepts128CharactersAndRefuses129() {
		// given
		String longest = "le pain chaud sort du four à six heures ".repeat(4).substring(0, 128);
		// when
		var at128 = refusal(longest);
		var at129 = refusal(longest + "x");
		// then
		assertThat(longest).hasSize(128);
		assertThat(at128).isEmpty();
		assertThat(at129).contains("platform.password.tooLong");
	}

	@Test
	void countsCharactersRatherThanUtf16Units() {
		// given: ten emoji are twenty UTF-16 units, and 129 accented letters stay 129 characters
		String tenEmoji = "🥐🥖🍞🧁🍰🎂🍪🍩🍫🍬";
		String nineEmoji = "🥐🥖🍞🧁🍰🎂🍪🍩🍫";
		// then
		assertThat(tenEmoji.length()).isEqualTo(20);
		assertThat(refusal(nineEmoji)).contains("platform.password.tooShort");
		assertThat(refusal("é".repeat(128))).isEmpty();
		assertThat(refusal("é".repeat(129))).contains("platform.password.tooLong");
	}

	@Test
	void acceptsUnicodeAndEmojiPassphrases() {
		assertThat(refusal("Ma boulangerie ouvre à 6 h ☕🥐")).isEmpty();
		assertThat(refusal("Ça sent bon le café, mon été québécois")).isEmpty();
		assertThat(refusal("ベーカリーは朝六時に開きます")).isEmpty();
	}

	@Test
	void acceptsAPassphraseOfEmojiOnly() {
		assertThat(refusal("🥐🥖🍞🧁🍰🎂🍪🍩🍫🍬")).isEmpty();
	}

	@Test
	void refusesCommonPasswordsAndTheirLetterOnlyForms() {
		assertThat(refusal("password123456")).contains("platform.password.tooCommon");
		assertThat(refusal("Motdepasse2026!!")).contains("platform.password.tooCommon");
		assertThat(refusal("PASSWORD!!2026")).contains("platform.password.tooCommon");
		assertThat(refusal("1234567890")).contains("platform.password.tooCommon");
	}

	@Test
	void refusesAPasswordContainingTheLocalPartOfTheEmail() {
		assertThat(refusal("xx-Rosalie.Gingras-xx")).contains("platform.password.containsEmail");
	}

	@Test
	void acceptsAPasswordThatOnlySharesTheDomainOfTheEmail() {
		assertThat(refusal("ma boulangerie du quartier")).isEmpty();
	}

	private Optional<String> refusal(String password) {
		return policy.refusal(password, EMAIL);
	}

}
