package ca.pignon.platform;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's messages as ICU formats them: plural rules of each language, arguments of any type written as
 * before, a doubled apostrophe shown once.
 */
class IcuMessageSourceTests {

	final MessageSource messages = messageSource();

	@Test
	void countsByEachLanguagesPluralRules() {
		assertThat(text("followup.dashboard.daysAgo", Locale.CANADA_FRENCH, 0)).isEqualTo("(aujourd’hui)");
		assertThat(text("followup.dashboard.daysAgo", Locale.CANADA_FRENCH, 1)).isEqualTo("(il y a 1 jour)");
		assertThat(text("followup.dashboard.daysAgo", Locale.CANADA_FRENCH, 3)).isEqualTo("(il y a 3 jours)");
		assertThat(text("followup.dashboard.daysAgo", Locale.CANADA, 1)).isEqualTo("(1 day ago)");
		assertThat(text("followup.dashboard.total", Locale.CANADA_FRENCH, 1)).isEqualTo("commerce suivi");
		assertThat(text("followup.dashboard.total", Locale.CANADA_FRENCH, 2)).isEqualTo("commerces suivis");
		assertThat(text("progress.plan.doneCount", Locale.CANADA_FRENCH, 1, 4, 25)).startsWith("1 action faite sur 4");
		assertThat(text("progress.plan.doneCount", Locale.CANADA_FRENCH, 2, 4, 50)).startsWith("2 actions faites sur 4");
	}

	@Test
	void writesOtherArgumentsAsTheJdkDid() {
		assertThat(text("providers.actions.month", Locale.CANADA_FRENCH, YearMonth.of(2027, 1))).contains("2027-01");
	}

	@Test
	void showsADoubledApostropheOnceInAMessageWithoutArguments() {
		assertThat(messages.getMessage("uploads.refused.kind", null, Locale.CANADA_FRENCH)).contains("n'en est pas un")
			.doesNotContain("''");
	}

	@Test
	void showsADefaultMessageThatIsNotAPatternAsItIsInsteadOfFailing() {
		String stray = "{intake.no.such.key} {";
		assertThat(messages.getMessage("no.such.key", new Object[] { 1 }, stray, Locale.CANADA_FRENCH)).isEqualTo(stray);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	private static MessageSource messageSource() {
		var properties = new MessageSourceProperties();
		properties.setFallbackToSystemLocale(false);
		properties.setEncoding(StandardCharsets.UTF_8);
		try {
			return ModuleMessages.messageSource(properties, new PathMatchingResourcePatternResolver());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
