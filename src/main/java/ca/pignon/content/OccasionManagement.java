package ca.pignon.content;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.platform.NotFound;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.shared.AccountId;

/**
 * The occasions of a year: the public holidays and commercial dates computed by rule, the shipped local events on the
 * dates staff confirmed for that year ("à confirmer" otherwise, never on a guessed date), and the occasions staff
 * added for their city.
 */
@Service
@Transactional
public class OccasionManagement {

	private final LocalEvents localEvents;

	private final OccasionRows rows;

	private final MessageSource messages;

	private final Clock clock;

	OccasionManagement(LocalEvents localEvents, OccasionRows rows, MessageSource messages) {
		this.localEvents = localEvents;
		this.rows = rows;
		this.messages = messages;
		this.clock = Clock.systemUTC();
	}

	/** Every occasion of the year, by date, the local events still "à confirmer" last. */
	@Transactional(readOnly = true)
	public List<Occasion> occasionsOf(int year) {
		refuseOutOfRange(year);
		List<Occasion> occasions = new ArrayList<>(computedIn(year));
		for (LocalEventYear event : localEventsOf(year)) {
			occasions.add(new Occasion(event.event().id(), event.event().nameFr(), event.event().nameEn(),
					event.start(), event.end(), OccasionKind.LOCAL, event.confirmed(), event.event().area()));
		}
		occasions.addAll(rows.addedIn(year));
		occasions.sort(Occasion.BY_DATE);
		return List.copyOf(occasions);
	}

	/** The computed occasions of the year, in the catalogue's order. */
	@Transactional(readOnly = true)
	public List<Occasion> computedIn(int year) {
		refuseOutOfRange(year);
		return ComputedOccasions.ALL.stream()
			.map(rule -> new Occasion(rule.id(), name(rule, Locale.CANADA_FRENCH), name(rule, Locale.CANADA),
					rule.startIn(year), rule.endIn(year), rule.kind(), true, ""))
			.toList();
	}

	/** The shipped local events in the year, each with its confirmed dates if any. */
	@Transactional(readOnly = true)
	public List<LocalEventYear> localEventsOf(int year) {
		refuseOutOfRange(year);
		Map<String, OccasionRows.Dates> confirmed = rows.confirmedIn(year);
		return localEvents.all().stream().map(event -> {
			OccasionRows.Dates dates = confirmed.get(event.id());
			if (dates != null) {
				return new LocalEventYear(event, year, dates.start(), dates.end(), true);
			}
			if (event.verifiedIn(year)) {
				return new LocalEventYear(event, year, event.verifiedStart(), event.verifiedEnd(), false);
			}
			return new LocalEventYear(event, year, null, null, false);
		}).toList();
	}

	/** The occasions staff added that start in the year. */
	@Transactional(readOnly = true)
	public List<Occasion> addedIn(int year) {
		refuseOutOfRange(year);
		return rows.addedIn(year);
	}

	/** Staff confirm a local event's dates for one year (again: the new dates replace the former). */
	public void confirm(String eventId, int year, @Nullable LocalDate start, @Nullable LocalDate end, AccountId by) {
		localEvents.find(eventId).orElseThrow(NotFound::new);
		List<Problem> problems = new ArrayList<>(OccasionPolicy.year(year));
		if (problems.isEmpty()) {
			problems.addAll(OccasionPolicy.dates(year, start, end));
		}
		if (!problems.isEmpty()) {
			throw new ContentRefused(problems);
		}
		LocalDate first = Objects.requireNonNull(start);
		rows.confirm(eventId, year, first, oneDay(first, end), by, clock.instant());
	}

	/** Staff withdraw their confirmation: the event is "à confirmer" again that year. */
	public void unconfirm(String eventId, int year) {
		localEvents.find(eventId).orElseThrow(NotFound::new);
		refuseOutOfRange(year);
		rows.unconfirm(eventId, year);
	}

	public UUID add(NewOccasion occasion, AccountId by) {
		List<Problem> problems = new ArrayList<>(
				OccasionPolicy.texts(occasion.nameFr(), occasion.nameEn(), occasion.place()));
		problems.addAll(OccasionPolicy.dates(null, occasion.start(), occasion.end()));
		if (!problems.isEmpty()) {
			throw new ContentRefused(problems);
		}
		LocalDate first = Objects.requireNonNull(occasion.start());
		UUID id = UUID.randomUUID();
		String nameFr = occasion.nameFr().strip();
		String nameEn = occasion.nameEn().isBlank() ? nameFr : occasion.nameEn().strip();
		rows.add(id, nameFr, nameEn, occasion.place().strip(), first, oneDay(first, occasion.end()), by,
				clock.instant());
		return id;
	}

	public void remove(UUID id) {
		if (!rows.remove(id)) {
			throw new NotFound();
		}
	}

	private String name(ComputedOccasion rule, Locale locale) {
		return messages.getMessage(rule.messageKey(), null, locale);
	}

	private static @Nullable LocalDate oneDay(LocalDate start, @Nullable LocalDate end) {
		return end == null || end.equals(start) ? null : end;
	}

	private static void refuseOutOfRange(int year) {
		List<Problem> problems = OccasionPolicy.year(year);
		if (!problems.isEmpty()) {
			throw new ContentRefused(problems);
		}
	}

}
