package ca.pignon.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextInputPolicyTests {

	@Test
	void refusesTheNulByteAndOtherControlCharacters() {
		assertThat(TextInputPolicy.refuses("Boulangerie\u0000")).isTrue();
		assertThat(TextInputPolicy.refuses("bell\u0007")).isTrue();
		assertThat(TextInputPolicy.refuses("escape\u001B[31m")).isTrue();
		assertThat(TextInputPolicy.refuses(new String[] { "ok", "a\u0000" })).isTrue();
	}

	@Test
	void acceptsTabsLineBreaksAndAnyPrintableText() {
		assertThat(TextInputPolicy.refuses("Ligne 1\r\nLigne 2\tfin")).isFalse();
		assertThat(TextInputPolicy.refuses("Café « Le Fournil » \uD83E\uDD56 \u202Eשלום")).isFalse();
		assertThat(TextInputPolicy.refuses(null)).isFalse();
		assertThat(TextInputPolicy.refuses(42)).isFalse();
	}

	@Test
	void cleanedKeepsEverythingElseAsTyped() {
		assertThat(TextInputPolicy.cleaned("Ros\u0000alie\u0007 Gingras\n")).isEqualTo("Rosalie Gingras\n");
		assertThat((String[]) TextInputPolicy.cleaned((Object) new String[] { "a\u0000", "b" }))
			.containsExactly("a", "b");
	}

}
