package ca.pignon.content;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.pignon.shared.AccountId;

/** What staff decided about occasions: {@code content_event_dates} and {@code content_occasion}. */
@Repository
class OccasionRows {

	/** A local event's confirmed dates. */
	record Dates(LocalDate start, @Nullable LocalDate end) {
	}

	private final JdbcClient jdbc;

	OccasionRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, Dates> confirmedIn(int year) {
		return jdbc.sql("SELECT event_id, start_date, end_date FROM content_event_dates WHERE year = :year")
			.param("year", year)
			.query((rs, n) -> Map.entry(rs.getString("event_id"),
					new Dates(rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	void confirm(String eventId, int year, LocalDate start, @Nullable LocalDate end, AccountId by, Instant now) {
		jdbc.sql("""
				INSERT INTO content_event_dates (event_id, year, start_date, end_date, confirmed_by, confirmed_at)
				VALUES (:event, :year, :start, :end, :by, :now)
				ON CONFLICT (event_id, year) DO UPDATE SET start_date = EXCLUDED.start_date,
				  end_date = EXCLUDED.end_date, confirmed_by = EXCLUDED.confirmed_by,
				  confirmed_at = EXCLUDED.confirmed_at""")
			.param("event", eventId)
			.param("year", year)
			.param("start", start)
			.param("end", end)
			.param("by", by.value())
			.param("now", Timestamp.from(now))
			.update();
	}

	void unconfirm(String eventId, int year) {
		jdbc.sql("DELETE FROM content_event_dates WHERE event_id = :event AND year = :year")
			.param("event", eventId)
			.param("year", year)
			.update();
	}

	void add(UUID id, String nameFr, String nameEn, String place, LocalDate start, @Nullable LocalDate end,
			AccountId by, Instant now) {
		jdbc.sql("""
				INSERT INTO content_occasion (id, name_fr, name_en, place, start_date, end_date, added_by, added_at)
				VALUES (:id, :fr, :en, :place, :start, :end, :by, :now)""")
			.param("id", id)
			.param("fr", nameFr)
			.param("en", nameEn)
			.param("place", place)
			.param("start", start)
			.param("end", end)
			.param("by", by.value())
			.param("now", Timestamp.from(now))
			.update();
	}

	/** The occasions staff added that start in the year. */
	List<Occasion> addedIn(int year) {
		return jdbc.sql("""
				SELECT * FROM content_occasion WHERE start_date >= :first AND start_date <= :last
				ORDER BY start_date, id""")
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.query((rs, n) -> new Occasion(rs.getObject("id", UUID.class).toString(), rs.getString("name_fr"),
					rs.getString("name_en"), rs.getObject("start_date", LocalDate.class),
					rs.getObject("end_date", LocalDate.class), OccasionKind.LOCAL, true, rs.getString("place")))
			.list();
	}

	boolean remove(UUID id) {
		return jdbc.sql("DELETE FROM content_occasion WHERE id = :id").param("id", id).update() > 0;
	}

}
