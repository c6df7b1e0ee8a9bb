package ca.pignon.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class DocumentLanguageTests {

	@Test
	void aDocumentIsInTheLanguageAskedForWhateverTheInterfaceSays() {
		assertThat(DocumentLanguage.of("en", Locale.CANADA_FRENCH).getLanguage()).isEqualTo("en");
		assertThat(DocumentLanguage.of("fr", Locale.CANADA).getLanguage()).isEqualTo("fr");
	}

	@Test
	void withoutAnOfferedLanguageItFollowsTheInterface() {
		assertThat(DocumentLanguage.of(null, Locale.CANADA).getLanguage()).isEqualTo("en");
		assertThat(DocumentLanguage.of(null, Locale.CANADA_FRENCH).getLanguage()).isEqualTo("fr");
		assertThat(DocumentLanguage.of("de", Locale.CANADA_FRENCH).getLanguage()).isEqualTo("fr");
		assertThat(DocumentLanguage.of("EN'", Locale.CANADA).getLanguage()).isEqualTo("en");
	}

}
