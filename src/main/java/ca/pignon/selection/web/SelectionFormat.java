package ca.pignon.selection.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import ca.pignon.selection.AutomaticRule;

/**
 * Selection's values as people read them, for the templates ({@code @selectionFormat}): points with the reader's
 * decimal separator and no useless zeros, what an automatic criterion read from the application and a points table in
 * words, never a stored code.
 */
@Component("selectionFormat")
public class SelectionFormat {

	private static final Pattern RANGE = Pattern.compile("(\\d+)-(\\d+)");

	private static final Pattern FROM = Pattern.compile("(\\d+)\\+");

	/** One line of a points table: a value (or range, or prefix) in words and the points it gives. */
	public record PointsLine(String value, int points) {
	}

	private final MessageSource messages;

	SelectionFormat(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * 12,5 in French, 12.5 in English, to the hundredth, without useless zeros; "—" for nothing. Called about a
	 * thousand times per ranking page: plain arithmetic rather than a DecimalFormat each time.
	 */
	public String points(@Nullable BigDecimal value) {
		if (value == null) {
			return "—";
		}
		long hundredths = value.setScale(2, RoundingMode.HALF_EVEN).unscaledValue().longValue();
		long units = Math.abs(hundredths) / 100;
		long fraction = Math.abs(hundredths) % 100;
		var text = new StringBuilder(12);
		if (hundredths < 0) {
			text.append('-');
		}
		text.append(units);
		if (fraction != 0) {
			text.append(DecimalFormatSymbols.getInstance(locale()).getDecimalSeparator());
			text.append(fraction < 10 ? "0" : "").append(fraction % 10 == 0 ? fraction / 10 : fraction);
		}
		return text.toString();
	}

	/** What an automatic criterion read from the application, in words ("Trois à cinq heures", "4 employés"). */
	public String input(@Nullable AutomaticRule rule, @Nullable String input) {
		if (input == null || input.isBlank() || "null".equals(input)) {
			return text("selection.input.none");
		}
		if (rule == null) {
			return input;
		}
		return switch (rule) {
			case HOURS_PER_WEEK -> word("intake.HoursPerWeek." + input, input);
			case WORK_BY -> word("intake.WorkBy." + input, input);
			case ONLINE_PRESENCE -> word("selection.PresenceLevel." + input, input);
			case EMPLOYEES -> employeeCount(input);
			case SECTOR -> text("selection.input.sector", input);
		};
	}

	/** A points table ({@code KEY=points;…}) in words, in the order written. */
	public List<PointsLine> pointsTable(@Nullable AutomaticRule rule, @Nullable String table) {
		List<PointsLine> lines = new ArrayList<>();
		if (rule == null || table == null) {
			return lines;
		}
		for (String part : table.split(";")) {
			String[] pair = part.split("=", 2);
			if (pair.length != 2) {
				continue;
			}
			int points;
			try {
				points = Integer.parseInt(pair[1].strip());
			}
			catch (NumberFormatException ex) {
				continue;
			}
			lines.add(new PointsLine(key(rule, pair[0].strip()), points));
		}
		return lines;
	}

	private String key(AutomaticRule rule, String key) {
		if ("*".equals(key)) {
			return text("selection.points.other");
		}
		return switch (rule) {
			case HOURS_PER_WEEK, WORK_BY, ONLINE_PRESENCE -> input(rule, key);
			case EMPLOYEES -> employees(key);
			case SECTOR -> text("selection.points.sector", key);
		};
	}

	private String employees(String key) {
		Matcher range = RANGE.matcher(key);
		if (range.matches()) {
			return text("selection.points.employeesRange", range.group(1), range.group(2));
		}
		Matcher from = FROM.matcher(key);
		if (from.matches()) {
			return text("selection.points.employeesFrom", from.group(1));
		}
		return employeeCount(key);
	}

	private String employeeCount(String count) {
		try {
			return text("selection.input.employeeCount", Integer.parseInt(count.strip()));
		}
		catch (NumberFormatException ex) {
			return count;
		}
	}

	String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale());
	}

	private String word(String key, String fallback) {
		return messages.getMessage(key, null, fallback, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
