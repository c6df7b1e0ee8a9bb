package ca.pignon.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped calendar of local events: every event of the shared reference list, with both names, its usual period
 * in words and its sources; the one verified edition and no other date.
 */
class LocalEventsTests {

	static final Path SHARED = Path.of("../shared/data/calendar/quebec-city-recurring-events.csv");

	final List<LocalEvent> events = new LocalEvents().all();

	@Test
	void shipsEveryEventOfTheReferenceList() throws IOException {
		// given the reference list, when the worktree has it next to it
		if (Files.exists(SHARED)) {
			List<String> ids = Files.readAllLines(SHARED, StandardCharsets.UTF_8)
				.stream()
				.skip(1)
				.filter(line -> !line.isBlank())
				.map(line -> line.substring(0, line.indexOf(',')))
				.toList();
			// then
			assertThat(events).extracting(LocalEvent::id).containsExactlyElementsOf(ids);
		}
		assertThat(events).isNotEmpty()
			.allSatisfy(event -> assertThat(event.nameFr()).isNotBlank())
			.allSatisfy(event -> assertThat(event.nameEn()).isNotBlank())
			.allSatisfy(event -> assertThat(event.typicalPeriodFr()).isNotBlank())
			.allSatisfy(event -> assertThat(event.typicalPeriodEn()).isNotBlank())
			.allSatisfy(event -> assertThat(event.sources()).isNotEmpty().allMatch(s -> s.startsWith("https://")));
	}

	@Test
	void knowsOnlyTheVerifiedEditionsDates() {
		assertThat(events).filteredOn(event -> event.verifiedStart() != null)
			.singleElement()
			.satisfies(event -> {
				assertThat(event.id()).isEqualTo("fetes_nouvelle_france");
				assertThat(event.verifiedStart()).isEqualTo(LocalDate.of(2025, 8, 7));
				assertThat(event.verifiedEnd()).isEqualTo(LocalDate.of(2025, 8, 10));
				assertThat(event.verifiedIn(2025)).isTrue();
				assertThat(event.verifiedIn(2026)).isFalse();
			});
	}

}
