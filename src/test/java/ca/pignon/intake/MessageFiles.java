package ca.pignon.intake;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The message files as written, every module's bundle together, read apart from Spring's MessageSource: a page or a
 * record that shows the text of these files shows what the translators wrote, not a fallback.
 */
public final class MessageFiles {

	private static final Properties FRENCH = load("classpath*:i18n/*/messages_fr.properties");

	private static final Properties ENGLISH = load("classpath*:i18n/*/messages.properties");

	private MessageFiles() {
	}

	public static String french(String key) {
		return text(FRENCH, key);
	}

	public static String english(String key) {
		return text(ENGLISH, key);
	}

	private static String text(Properties messages, String key) {
		String text = messages.getProperty(key);
		if (text == null) {
			throw new IllegalArgumentException("no message " + key);
		}
		return text;
	}

	private static Properties load(String pattern) {
		var properties = new Properties();
		try {
			for (Resource bundle : new PathMatchingResourcePatternResolver().getResources(pattern)) {
				try (var in = bundle.getInputStream()) {
					properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
