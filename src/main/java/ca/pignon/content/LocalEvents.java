package ca.pignon.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The shipped calendar of Québec City's recurring events ({@code content/quebec-city-recurring-events.csv}, from
 * {@code ../shared/data/calendar}): read once at start-up; a line that does not read stops the start, naming it.
 */
@Component
class LocalEvents {

	static final String RESOURCE = "content/quebec-city-recurring-events.csv";

	private static final int COLUMNS = 8;

	private final List<LocalEvent> events;

	LocalEvents() {
		this.events = read(new ClassPathResource(RESOURCE));
	}

	List<LocalEvent> all() {
		return events;
	}

	Optional<LocalEvent> find(String id) {
		return events.stream().filter(e -> e.id().equals(id)).findFirst();
	}

	static List<LocalEvent> read(ClassPathResource resource) {
		List<LocalEvent> events = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			boolean header = true;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				events.add(event(line, number));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(events);
	}

	private static LocalEvent event(String line, int number) {
		String[] cells = line.split(",", -1);
		if (cells.length != COLUMNS || cells[0].isBlank() || cells[1].isBlank() || cells[2].isBlank()) {
			throw new IllegalStateException(RESOURCE + " line " + number + ": expected " + COLUMNS
					+ " columns with an id and both names: " + line);
		}
		LocalDate start = null;
		LocalDate end = null;
		if (!cells[6].isBlank()) {
			String[] range = cells[6].split("\\.\\.", -1);
			start = LocalDate.parse(range[0].strip());
			end = range.length > 1 ? endOrNull(start, LocalDate.parse(range[1].strip())) : null;
		}
		List<String> sources = Arrays.stream(cells[7].split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		return new LocalEvent(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip(), cells[4].strip(),
				cells[5].strip(), start, end, sources);
	}

	private static @Nullable LocalDate endOrNull(LocalDate start, LocalDate end) {
		return end.equals(start) ? null : end;
	}

}
