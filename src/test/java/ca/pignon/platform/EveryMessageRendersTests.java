package ca.pignon.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeMap;

import com.ibm.icu.text.MessagePattern;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message of every module's bundles, in French and in English, rendered as the application renders it (ICU),
 * with sample arguments: counts of 0, 1, 2 and 5 where the message takes a number, a date where it takes a date, a
 * word elsewhere. None may show a doubled apostrophe, a placeholder left unfilled, "(s)" instead of a plural, or fail.
 */
class EveryMessageRendersTests {

	static final List<Locale> LANGUAGES = List.of(Locale.CANADA_FRENCH, Locale.CANADA);

	static final List<Integer> COUNTS = List.of(0, 1, 2, 5);

	final PathMatchingResourcePatternResolver classPath = new PathMatchingResourcePatternResolver();

	@Test
	void rendersEveryMessageWithoutDoubledApostropheLeftPlaceholderOrPluralInBrackets() throws IOException {
		// given the application's message source and every key of every bundle
		var properties = new MessageSourceProperties();
		properties.setFallbackToSystemLocale(false);
		properties.setEncoding(StandardCharsets.UTF_8);
		MessageSource messages = ModuleMessages.messageSource(properties, classPath);
		var english = patterns("messages.properties");
		var french = patterns("messages_fr.properties");
		assertThat(english).hasSizeGreaterThan(1000);

		// when each is rendered
		List<String> problems = new ArrayList<>();
		int rendered = 0;
		for (String key : english.keySet()) {
			for (Locale locale : LANGUAGES) {
				String pattern = locale.getLanguage().equals("fr") ? french.getOrDefault(key, english.get(key))
						: english.get(key);
				for (int count : COUNTS) {
					String text;
					try {
						text = messages.getMessage(key, arguments(pattern, count), locale);
					}
					catch (RuntimeException ex) {
						problems.add(key + " [" + locale + "] fails: " + ex.getMessage());
						break;
					}
					rendered++;
					if (text.contains("''")) {
						problems.add(key + " [" + locale + "] doubled apostrophe: " + text);
					}
					if (text.matches("(?s).*\\{\\w*}.*") || text.matches("(?s).*\\{\\d.*")) {
						problems.add(key + " [" + locale + "] placeholder left: " + text);
					}
					if (text.contains("(s)") || text.contains("(x)") || text.contains("(es)")) {
						problems.add(key + " [" + locale + "] plural in brackets: " + text);
					}
				}
			}
		}

		// then
		assertThat(rendered).isGreaterThan(8000);
		assertThat(problems.stream().distinct().toList()).isEmpty();
	}

	private TreeMap<String, String> patterns(String file) throws IOException {
		var patterns = new TreeMap<String, String>();
		for (Resource bundle : classPath.getResources("classpath*:i18n/*/" + file)) {
			var loaded = new Properties();
			try (var reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
				loaded.load(reader);
			}
			loaded.stringPropertyNames().forEach(key -> patterns.put(key, loaded.getProperty(key)));
		}
		return patterns;
	}

	/** Sample arguments by what each placeholder of the pattern formats: a count, a date, or a word. */
	static Object[] arguments(String pattern, int count) {
		Object[] arguments = new Object[10];
		for (int i = 0; i < arguments.length; i++) {
			arguments[i] = "Pignon";
		}
		MessagePattern parsed;
		try {
			parsed = new MessagePattern(pattern);
		}
		catch (IllegalArgumentException ex) {
			return arguments; // rendering reports it
		}
		for (int i = 0; i < parsed.countParts(); i++) {
			var part = parsed.getPart(i);
			if (part.getType() != MessagePattern.Part.Type.ARG_START) {
				continue;
			}
			var name = parsed.getPart(i + 1);
			if (name.getType() != MessagePattern.Part.Type.ARG_NUMBER) {
				continue;
			}
			int index = name.getValue();
			var type = part.getArgType();
			if (index >= arguments.length) {
				continue;
			}
			if (type == MessagePattern.ArgType.PLURAL || type == MessagePattern.ArgType.CHOICE
					|| type == MessagePattern.ArgType.SELECTORDINAL) {
				arguments[index] = count;
			}
			else if (type == MessagePattern.ArgType.SIMPLE) {
				String style = parsed.getSubstring(parsed.getPart(i + 2));
				arguments[index] = style.startsWith("date") || style.startsWith("time") ? new Date(0) : count;
			}
			else if (type == MessagePattern.ArgType.SELECT) {
				arguments[index] = "other";
			}
		}
		return arguments;
	}

}
