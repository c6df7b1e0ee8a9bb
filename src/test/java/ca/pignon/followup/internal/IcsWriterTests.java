package ca.pignon.followup.internal;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import ca.pignon.followup.CalendarEntry;
import ca.pignon.followup.ICalendars;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar file follows RFC 5545 and reads back, with ical4j, as what was written. */
class IcsWriterTests {

	static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");

	static final String LONG_TEXT = "Fiche Google : photos, heures d’ouverture; avis, réponses\\aux clients\n"
			+ "Prochaine étape : publier trois éléments par semaine sur Instagram et Facebook, puis mesurer les visites.";

	final CalendarEntry meeting = CalendarEntry.timed("followup-meeting-1@pignon", "Rencontre Pignon avec Anne (En personne)",
			LONG_TEXT, "123, rue Saint-Joseph Est; Québec", Instant.parse("2026-12-03T19:30:00Z"),
			Instant.parse("2026-12-03T21:00:00Z"), Instant.parse("2026-11-20T10:00:00Z"), 2);

	final CalendarEntry due = CalendarEntry.allDay("followup-action-a@pignon", "Échéance du plan : fiche Google", "",
			LocalDate.of(2026, 12, 31), Instant.parse("2026-11-01T00:00:00Z"));

	@Test
	void endsEveryLineWithCrlfAndFoldsAt75Octets() {
		String ics = IcsWriter.write("Pignon : Boulangerie", List.of(meeting, due), NOW);

		assertThat(ics).endsWith("END:VCALENDAR\r\n");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		// the description is long and holds accented letters: it was folded, never inside a character
		assertThat(ics).contains("\r\n ");
		assertThat(new String(ics.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(ics);
	}

	@Test
	void escapesTextValues() {
		assertThat(IcsWriter.escape("a;b,c\\d\ne")).isEqualTo("a\\;b\\,c\\\\d\\ne");
	}

	@Test
	void readsBackAsWrittenWithIcal4j() throws Exception {
		String ics = IcsWriter.write("Pignon : Boulangerie", List.of(meeting, due), NOW);

		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));

		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(2);
		VEvent first = events.get(0);
		assertThat(value(first, Property.UID)).isEqualTo("followup-meeting-1@pignon");
		assertThat(value(first, Property.DESCRIPTION)).isEqualTo(LONG_TEXT);
		assertThat(value(first, Property.LOCATION)).isEqualTo("123, rue Saint-Joseph Est; Québec");
		assertThat(value(first, Property.DTSTART)).isEqualTo("20261203T193000Z");
		assertThat(value(first, Property.DTEND)).isEqualTo("20261203T210000Z");
		assertThat(value(first, Property.DTSTAMP)).isEqualTo("20261127T150000Z");
		assertThat(value(first, Property.SEQUENCE)).isEqualTo("2");
		VEvent second = events.get(1);
		assertThat(value(second, Property.DTSTART)).isEqualTo("20261231");
		assertThat(value(second, Property.DTEND)).isEqualTo("20270101");
		assertThat(value(second, Property.SUMMARY)).isEqualTo("Échéance du plan : fiche Google");
	}

	@Test
	void passesIcal4jsValidationForEveryKindOfEntryAndWhenEmpty() throws Exception {
		// given every kind of entry the calendar holds: a meeting with a place, one without, a due date
		var online = CalendarEntry.timed("followup-meeting-2@pignon", "Rencontre Pignon avec Anne (Visioconférence)", "",
				null, Instant.parse("2026-12-10T15:00:00Z"), Instant.parse("2026-12-10T16:00:00Z"),
				Instant.parse("2026-11-20T10:00:00Z"), 0);
		// when
		String full = IcsWriter.write("Pignon : Boulangerie", List.of(meeting, online, due), NOW);
		String empty = IcsWriter.write("Pignon : Épicerie", List.of(), NOW);
		// then
		ICalendars.assertValid(full);
		ICalendars.assertValid(empty);
		assertThat(full).doesNotContain("METHOD:");
	}

	private static String value(VEvent event, String name) {
		return event.getProperty(name).map(Property::getValue).orElseThrow();
	}

}
