package ca.pignon.platform;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every module's bundle is found on the class path, a new one included (the notice board, a fixture that only tests
 * have), and read as {@code spring.messages.*} says.
 */
class ModuleMessagesTests {

	final PathMatchingResourcePatternResolver classPath = new PathMatchingResourcePatternResolver();

	@Test
	void findsTheBundleOfEveryModuleAndOfANewOne() throws Exception {
		// when
		List<String> basenames = ModuleMessages.basenames(List.of("messages"), classPath);
		// then
		assertThat(basenames).contains("i18n/platform/messages", "i18n/intake/messages", "i18n/selection/messages",
				"i18n/followup/messages", "i18n/noticeboard/messages");
		assertThat(basenames).as("a configured basename that is not there").doesNotContain("messages");
	}

	@Test
	void readsANewModulesMessagesInFrenchAndInEnglish() throws Exception {
		// given
		MessageSource messages = ModuleMessages.messageSource(pignonSettings(), classPath);
		// when
		String french = messages.getMessage("noticeboard.board.title", null, Locale.CANADA_FRENCH);
		String english = messages.getMessage("noticeboard.board.title", null, Locale.CANADA);
		// then
		assertThat(french).isEqualTo("Avis aux commerçants");
		assertThat(english).isEqualTo("Notices to merchants");
	}

	@Test
	void answersALanguageItDoesNotOfferInEnglishWhateverTheSystemLocale() throws Exception {
		// given
		MessageSource messages = ModuleMessages.messageSource(pignonSettings(), classPath);
		Locale system = Locale.getDefault();
		Locale.setDefault(Locale.FRENCH);
		try {
			// when
			String german = messages.getMessage("platform.yes", null, Locale.GERMAN);
			// then
			assertThat(german).isEqualTo("Yes");
		}
		finally {
			Locale.setDefault(system);
		}
	}

	@Test
	void refusesAKeyNoBundleDefines() throws Exception {
		// given
		MessageSource messages = ModuleMessages.messageSource(pignonSettings(), classPath);
		// then
		assertThatExceptionOfType(NoSuchMessageException.class)
			.isThrownBy(() -> messages.getMessage("noticeboard.nothing", null, Locale.CANADA_FRENCH));
	}

	/** As application.properties sets them. */
	private static MessageSourceProperties pignonSettings() {
		var settings = new MessageSourceProperties();
		settings.setFallbackToSystemLocale(false);
		settings.setEncoding(StandardCharsets.UTF_8);
		return settings;
	}

}
