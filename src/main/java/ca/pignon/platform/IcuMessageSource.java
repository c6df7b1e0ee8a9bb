package ca.pignon.platform;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The modules' messages, formatted by ICU's MessageFormat rather than the JDK's: counts follow each language's plural
 * rules ({@code {0,plural,one{# commerce suivi} other{# commerces suivis}}}), and every message goes through the
 * formatter, with arguments or without, so that a doubled apostrophe ({@code n''en}) always shows as one.
 */
class IcuMessageSource extends ResourceBundleMessageSource {

	private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

	@Override
	protected @Nullable String getMessageInternal(@Nullable String code, Object @Nullable [] args,
			@Nullable Locale locale) {
		if (code == null) {
			return null;
		}
		Locale target = locale == null ? Locale.getDefault() : locale;
		String pattern = resolveCodeWithoutArguments(code, target);
		if (pattern == null) {
			return super.getMessageInternal(code, args, target);
		}
		return format(pattern, resolveArguments(args, target), target);
	}

	@Override
	protected String formatMessage(String msg, Object @Nullable [] args, Locale locale) {
		return format(msg, resolveArguments(args, locale), locale);
	}

	private String format(String pattern, Object[] args, Locale locale) {
		Object[] plain = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			plain[i] = plain(args[i]);
		}
		MessageFormat format;
		try {
			format = formats.computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
				.computeIfAbsent(pattern, p -> new MessageFormat(p, locale));
		}
		catch (IllegalArgumentException notAPattern) {
			// a default message with stray braces: shown as it is, as Spring's own formatting does, never a 500 (and not
			// cached, so that texts that are not patterns do not fill the cache)
			return pattern;
		}
		synchronized (format) {
			return format.format(plain);
		}
	}

	/**
	 * What the JDK's MessageFormat wrote for an argument ICU would refuse or read otherwise: its text. Numbers (counts,
	 * plurals), dates and text go to ICU as they are; a YearMonth, a LocalDate, an enum or a record is written as the
	 * JDK wrote it, with toString().
	 */
	static @Nullable Object plain(@Nullable Object argument) {
		if (argument == null || argument instanceof Number || argument instanceof java.util.Date
				|| argument instanceof java.util.Calendar || argument instanceof CharSequence) {
			return argument;
		}
		return String.valueOf(argument);
	}

}
