package ca.pignon.selection.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import ca.pignon.intake.HoursPerWeek;
import ca.pignon.intake.WorkBy;
import ca.pignon.selection.AutomaticRule;
import ca.pignon.selection.SelectionRefused;

/**
 * The points an automatic criterion gives each value its rule reads: {@code KEY=points} pairs separated by
 * semicolons. Keys are the values themselves for {@code HOURS_PER_WEEK}, {@code WORK_BY} and
 * {@code ONLINE_PRESENCE}; ranges ({@code 2-4}, {@code 50+}) for {@code EMPLOYEES}; NAICS prefixes for {@code SECTOR}
 * (the longest matching prefix wins). {@code *} matches any value no other key matches. A table must give points to
 * every possible value, each within the criterion's scale.
 */
public final class PointsTable {

	public static final String ANY = "*";

	private static final Pattern RANGE = Pattern.compile("(\\d{1,6})(?:-(\\d{1,6})|(\\+))");

	private static final Pattern PREFIX = Pattern.compile("\\d{2,6}");

	public record Entry(String key, int points) {
	}

	private record Range(int from, int to, int points) {
	}

	private final AutomaticRule rule;

	private final List<Entry> entries;

	private final List<Range> ranges;

	private PointsTable(AutomaticRule rule, List<Entry> entries, List<Range> ranges) {
		this.rule = rule;
		this.entries = List.copyOf(entries);
		this.ranges = List.copyOf(ranges);
	}

	/** The values a rule reads that a table must list (or cover with {@code *}); empty for ranges and prefixes. */
	public static List<String> valuesOf(AutomaticRule rule) {
		return switch (rule) {
			case HOURS_PER_WEEK -> Arrays.stream(HoursPerWeek.values()).map(Enum::name).toList();
			case WORK_BY -> Arrays.stream(WorkBy.values()).map(Enum::name).toList();
			case ONLINE_PRESENCE -> Arrays.stream(PresenceLevel.values()).map(Enum::name).toList();
			case EMPLOYEES, SECTOR -> List.of();
		};
	}

	/**
	 * Reads a table, refusing what would leave a value without points or give points outside {@code 0..max}.
	 * @param code the criterion's code, named in the refusal
	 */
	public static PointsTable parse(AutomaticRule rule, @Nullable String text, int max, String code) {
		if (text == null || text.isBlank()) {
			throw SelectionRefused.about(code, "selection.grid.points.required", code);
		}
		List<Entry> entries = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (String part : text.split(";")) {
			if (part.isBlank()) {
				continue;
			}
			String[] pair = part.split("=", -1);
			if (pair.length != 2) {
				throw SelectionRefused.about(code, "selection.grid.points.syntax", code, part.strip());
			}
			String key = pair[0].strip();
			int points;
			try {
				points = Integer.parseInt(pair[1].strip());
			}
			catch (NumberFormatException ex) {
				throw SelectionRefused.about(code, "selection.grid.points.syntax", code, part.strip());
			}
			if (points < 0 || points > max) {
				throw SelectionRefused.about(code, "selection.grid.points.outOfScale", code, part.strip(), max);
			}
			if (!keys.add(key)) {
				throw SelectionRefused.about(code, "selection.grid.points.syntax", code, part.strip());
			}
			entries.add(new Entry(key, points));
		}
		boolean anyOther = keys.contains(ANY);
		List<Range> ranges = new ArrayList<>();
		switch (rule) {
			case HOURS_PER_WEEK, WORK_BY, ONLINE_PRESENCE -> {
				List<String> values = valuesOf(rule);
				for (Entry entry : entries) {
					if (!entry.key().equals(ANY) && !values.contains(entry.key())) {
						throw SelectionRefused.about(code, "selection.grid.points.unknownValue", code, entry.key());
					}
				}
				if (!anyOther && !keys.containsAll(values)) {
					throw SelectionRefused.about(code, "selection.grid.points.incomplete", code);
				}
			}
			case EMPLOYEES -> {
				for (Entry entry : entries) {
					if (entry.key().equals(ANY)) {
						continue;
					}
					Matcher range = RANGE.matcher(entry.key());
					if (!range.matches()) {
						throw SelectionRefused.about(code, "selection.grid.points.unknownValue", code, entry.key());
					}
					int from = Integer.parseInt(range.group(1));
					int to = range.group(3) != null ? Integer.MAX_VALUE : Integer.parseInt(range.group(2));
					if (to < from) {
						throw SelectionRefused.about(code, "selection.grid.points.unknownValue", code, entry.key());
					}
					ranges.add(new Range(from, to, entry.points()));
				}
				ranges.sort(Comparator.comparingInt(Range::from));
				long next = 0;
				for (Range range : ranges) {
					if (range.from() < next) {
						throw SelectionRefused.about(code, "selection.grid.points.overlap", code);
					}
					if (range.from() > next && !anyOther) {
						throw SelectionRefused.about(code, "selection.grid.points.incomplete", code);
					}
					next = (long) range.to() + 1;
				}
				if (next <= Integer.MAX_VALUE && !anyOther) {
					throw SelectionRefused.about(code, "selection.grid.points.incomplete", code);
				}
			}
			case SECTOR -> {
				for (Entry entry : entries) {
					if (!entry.key().equals(ANY) && !PREFIX.matcher(entry.key()).matches()) {
						throw SelectionRefused.about(code, "selection.grid.points.unknownValue", code, entry.key());
					}
				}
				if (!anyOther) {
					throw SelectionRefused.about(code, "selection.grid.points.incomplete", code);
				}
			}
		}
		return new PointsTable(rule, entries, ranges);
	}

	/** The points of a value read from an application; {@code null} when nothing was read. */
	public @Nullable Integer pointsFor(@Nullable String value) {
		if (value == null) {
			return null;
		}
		Integer points = switch (rule) {
			case HOURS_PER_WEEK, WORK_BY, ONLINE_PRESENCE -> exact(value);
			case EMPLOYEES -> inRange(value);
			case SECTOR -> longestPrefix(value);
		};
		return points != null ? points : exact(ANY);
	}

	public List<Entry> entries() {
		return entries;
	}

	public String format() {
		return String.join(";", entries.stream().map(entry -> entry.key() + "=" + entry.points()).toList());
	}

	private @Nullable Integer exact(String value) {
		return entries.stream().filter(entry -> entry.key().equals(value)).map(Entry::points).findFirst().orElse(null);
	}

	private @Nullable Integer inRange(String value) {
		long count;
		try {
			count = Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
		return ranges.stream()
			.filter(range -> count >= range.from() && count <= range.to())
			.map(Range::points)
			.findFirst()
			.orElse(null);
	}

	private @Nullable Integer longestPrefix(String value) {
		return entries.stream()
			.filter(entry -> !entry.key().equals(ANY) && value.startsWith(entry.key()))
			.max(Comparator.comparingInt(entry -> entry.key().length()))
			.map(Entry::points)
			.orElse(null);
	}

}
