package ca.pignon.content;

import java.io.IOException;
import java.io.Reader;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import ca.pignon.platform.Refused.Problem;

/**
 * The monthly figures' CSV file: a header line, then one line per month and network, columns {@code month}
 * (YYYY-MM), {@code network} ({@code facebook}, {@code instagram}, {@code tiktok}, {@code linkedin},
 * {@code google_business}), {@code followers}, {@code posts_published}, {@code reach}, {@code interactions}, separated
 * by commas or semicolons. Every line that does not read is told, by its number; nothing is imported unless every line
 * reads.
 */
final class FiguresCsv {

	static final List<String> COLUMNS = List.of("month", "network", "followers", "posts_published", "reach",
			"interactions");

	static final int LINES_MAX = 1000;

	private FiguresCsv() {
	}

	/** The figures of every line, or the problems (each naming its line) when any line does not read. */
	static List<MonthlyFigures> read(Reader text, FiguresRange range, Set<Network> networks, List<Problem> problems) {
		String content;
		try {
			java.io.StringWriter all = new java.io.StringWriter();
			text.transferTo(all);
			content = all.toString();
		}
		catch (IOException ex) {
			problems.add(Problem.about("file", "content.figures.csv.unreadable"));
			return List.of();
		}
		if (content.startsWith("\uFEFF")) {
			content = content.substring(1);
		}
		String firstLine = content.lines().findFirst().orElse("");
		char delimiter = firstLine.contains(";") && !firstLine.contains(",") ? ';' : ',';
		List<CSVRecord> records;
		try {
			records = CSVFormat.DEFAULT.builder()
				.setDelimiter(delimiter)
				.setIgnoreEmptyLines(true)
				.setTrim(true)
				.get()
				.parse(new java.io.StringReader(content))
				.getRecords();
		}
		catch (IOException | RuntimeException ex) {
			problems.add(Problem.about("file", "content.figures.csv.unreadable"));
			return List.of();
		}
		if (records.isEmpty()) {
			problems.add(Problem.about("file", "content.figures.csv.empty"));
			return List.of();
		}
		List<String> header = records.get(0).stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
		if (!header.equals(COLUMNS)) {
			problems.add(Problem.about("file", "content.figures.csv.header", String.join(",", COLUMNS)));
			return List.of();
		}
		if (records.size() - 1 > LINES_MAX) {
			problems.add(Problem.about("file", "content.figures.csv.tooLong", LINES_MAX));
			return List.of();
		}
		List<MonthlyFigures> figures = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (CSVRecord record : records.subList(1, records.size())) {
			long line = record.getRecordNumber();
			if (record.size() != COLUMNS.size()) {
				problems.add(Problem.about("file", "content.figures.csv.columns", line, COLUMNS.size()));
				continue;
			}
			int before = problems.size();
			YearMonth month = month(line, record.get(0), range, problems);
			Network network = network(line, record.get(1), networks, problems);
			Long followers = count(line, COLUMNS.get(2), record.get(2), problems);
			Long posts = count(line, COLUMNS.get(3), record.get(3), problems);
			Long reach = count(line, COLUMNS.get(4), record.get(4), problems);
			Long interactions = count(line, COLUMNS.get(5), record.get(5), problems);
			if (problems.size() == before && month != null && network != null && followers != null && posts != null
					&& reach != null && interactions != null) {
				if (!seen.add(month + "/" + network)) {
					problems.add(Problem.about("file", "content.figures.csv.twice", line, month, record.get(1)));
					continue;
				}
				figures.add(new MonthlyFigures(month, network, followers, posts.intValue(), reach, interactions));
			}
		}
		return problems.isEmpty() ? figures : List.of();
	}

	/** A whole number as typed, null when it is not one ({@code notNumber}) or when it is negative. */
	static @Nullable Long count(String typed) {
		String text = typed.strip().replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
		if (!text.matches("-?\\d{1,15}")) {
			return null;
		}
		return Long.parseLong(text);
	}

	private static @Nullable Long count(long line, String column, String typed, List<Problem> problems) {
		Long value = count(typed);
		if (value == null) {
			problems.add(Problem.about("file", "content.figures.csv.number", line, typed, column));
			return null;
		}
		if (value < 0) {
			problems.add(Problem.about("file", "content.figures.csv.negative", line, column));
			return null;
		}
		if (value > Integer.MAX_VALUE) {
			problems.add(Problem.about("file", "content.figures.csv.tooLarge", line, column));
			return null;
		}
		return value;
	}

	private static @Nullable YearMonth month(long line, String typed, FiguresRange range, List<Problem> problems) {
		try {
			YearMonth month = YearMonth.parse(typed);
			if (!range.contains(month)) {
				problems.add(Problem.about("file", "content.figures.csv.outside", line, typed, range.first(),
						range.last()));
				return null;
			}
			return month;
		}
		catch (DateTimeParseException ex) {
			problems.add(Problem.about("file", "content.figures.csv.month", line, typed));
			return null;
		}
	}

	private static @Nullable Network network(long line, String typed, Set<Network> networks,
			List<Problem> problems) {
		Network network;
		try {
			network = Network.valueOf(typed.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
		}
		catch (IllegalArgumentException ex) {
			problems.add(Problem.about("file", "content.figures.csv.network", line, typed));
			return null;
		}
		if (!networks.contains(network)) {
			problems.add(Problem.about("file", "content.figures.csv.notChosen", line, typed));
			return null;
		}
		return network;
	}

}
