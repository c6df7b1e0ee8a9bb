package ca.pignon.content;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/** The editorial calendar's tables, {@code content_calendar} and {@code content_post}. */
@Repository
class CalendarRows {

	private final JdbcClient jdbc;

	CalendarRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CalendarSettings> settings(ApplicationId application) {
		return jdbc.sql("SELECT * FROM content_calendar WHERE application_id = :application")
			.param("application", application.value())
			.query((rs, n) -> new CalendarSettings(rhythm(rs.getString("rhythm")), rs.getInt("minutes_per_week"),
					weekdays(rs.getString("closed_weekdays")), dates(rs.getString("closures")),
					ownDates(rs.getString("own_dates")), rs.getBoolean("same_day_allowed"), date(rs.getDate("first_day")),
					date(rs.getDate("last_day"))))
			.optional();
	}

	void save(ApplicationId application, CalendarSettings settings, AccountId by, Instant now) {
		jdbc.sql("""
				INSERT INTO content_calendar (application_id, rhythm, minutes_per_week, closed_weekdays, closures,
				  own_dates, same_day_allowed, first_day, last_day, updated_at, updated_by)
				VALUES (:application, :rhythm, :minutes, :weekdays, :closures, :own, :sameDay, :first, :last, :now, :by)
				ON CONFLICT (application_id) DO UPDATE SET rhythm = :rhythm, minutes_per_week = :minutes,
				  closed_weekdays = :weekdays, closures = :closures, own_dates = :own, same_day_allowed = :sameDay,
				  first_day = :first,
				  last_day = :last, updated_at = :now, updated_by = :by""")
			.param("application", application.value())
			.param("rhythm", new EnumMap<>(settings.rhythm()).entrySet()
				.stream()
				.map(e -> e.getKey().name() + "=" + e.getValue())
				.collect(Collectors.joining(",")))
			.param("minutes", settings.minutesPerWeek())
			.param("sameDay", settings.sameDayAllowed())
			.param("weekdays", new TreeSet<>(settings.closedWeekdays()).stream()
				.map(DayOfWeek::name)
				.collect(Collectors.joining(",")))
			.param("closures", new TreeSet<>(settings.closures()).stream()
				.map(LocalDate::toString)
				.collect(Collectors.joining("\n")))
			.param("own", settings.ownDates()
				.stream()
				.map(d -> d.date() + " " + d.name())
				.collect(Collectors.joining("\n")))
			.param("first", settings.firstDay() == null ? null : Date.valueOf(settings.firstDay()))
			.param("last", settings.lastDay() == null ? null : Date.valueOf(settings.lastDay()))
			.param("now", Timestamp.from(now))
			.param("by", by.value())
			.update();
	}

	List<CalendarPost> posts(ApplicationId application) {
		return jdbc.sql("SELECT * FROM content_post WHERE application_id = :application ORDER BY day, network, id")
			.param("application", application.value())
			.query((rs, n) -> post(rs))
			.list();
	}

	private static CalendarPost post(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new CalendarPost(rs.getObject("id", UUID.class), rs.getDate("day").toLocalDate(),
				Network.valueOf(rs.getString("network")), rs.getString("pillar"), rs.getString("idea_id"),
				PostFormat.valueOf(rs.getString("format")), rs.getString("caption"), rs.getString("occasion"),
				PostStatus.valueOf(rs.getString("status")), rs.getString("link"));
	}

	/** The posts from that day on, skipped ones left out, with when they last changed. */
	List<FeedPost> feed(ApplicationId application, LocalDate from) {
		return jdbc.sql("""
				SELECT id, day, network, pillar, caption, status, changed_at FROM content_post
				WHERE application_id = :application AND day >= :from AND status <> 'SKIPPED' ORDER BY day, network, id""")
			.param("application", application.value())
			.param("from", Date.valueOf(from))
			.query((rs, n) -> new FeedPost(rs.getObject("id", UUID.class), rs.getDate("day").toLocalDate(),
					Network.valueOf(rs.getString("network")), rs.getString("pillar"), rs.getString("caption"),
					PostStatus.valueOf(rs.getString("status")), rs.getTimestamp("changed_at").toInstant()))
			.list();
	}

	/** The posts of these dossiers, those with a calendar only, in one query. */
	Map<ApplicationId, List<CalendarPost>> postsOf(java.util.Collection<ApplicationId> applications) {
		Map<ApplicationId, List<CalendarPost>> posts = new java.util.LinkedHashMap<>();
		if (applications.isEmpty()) {
			return posts;
		}
		jdbc.sql("SELECT * FROM content_post WHERE application_id IN (:applications) ORDER BY day, network, id")
			.param("applications", applications.stream().map(ApplicationId::value).toList())
			.query((rs, n) -> {
				posts.computeIfAbsent(new ApplicationId(rs.getObject("application_id", UUID.class)),
						k -> new ArrayList<>())
					.add(post(rs));
				return null;
			})
			.list();
		return posts;
	}

	void replacePosts(ApplicationId application, List<PlannedPost> posts, java.util.Locale locale, AccountId by,
			Instant now) {
		// what the merchant published stays, with its link: the new draft fills the rest around it
		jdbc.sql("DELETE FROM content_post WHERE application_id = :application AND status <> 'PUBLISHED'")
			.param("application", application.value())
			.update();
		java.util.Set<String> published = new java.util.HashSet<>();
		posts(application).forEach(kept -> published.add(kept.day() + "/" + kept.network()));
		for (PlannedPost post : posts) {
			if (published.contains(post.day() + "/" + post.network())) {
				continue; // never two posts on one network the same day
			}
			jdbc.sql("""
					INSERT INTO content_post (id, application_id, day, network, pillar, idea_id, format, caption,
					  occasion, changed_at, changed_by)
					VALUES (:id, :application, :day, :network, :pillar, :idea, :format, :caption, :occasion, :now, :by)""")
				.param("id", UUID.randomUUID())
				.param("application", application.value())
				.param("day", Date.valueOf(post.day()))
				.param("network", post.network().name())
				.param("pillar", post.pillar())
				.param("idea", post.idea().id())
				.param("format", post.format().name())
				.param("caption", "en".equals(locale.getLanguage()) ? post.captionEn() : post.captionFr())
				.param("occasion", post.occasion())
				.param("now", Timestamp.from(now))
				.param("by", by.value())
				.update();
		}
	}

	void update(ApplicationId application, CalendarPost post, AccountId by, Instant now) {
		jdbc.sql("""
				UPDATE content_post SET day = :day, caption = :caption, status = :status, link = :link,
				  changed_at = :now, changed_by = :by
				WHERE id = :id AND application_id = :application""")
			.param("id", post.id())
			.param("application", application.value())
			.param("day", Date.valueOf(post.day()))
			.param("caption", post.caption())
			.param("status", post.status().name())
			.param("link", post.link())
			.param("now", Timestamp.from(now))
			.param("by", by.value())
			.update();
	}

	private static LocalDate date(java.sql.Date date) {
		return date == null ? null : date.toLocalDate();
	}

	static Map<Network, Integer> rhythm(String text) {
		Map<Network, Integer> rhythm = new EnumMap<>(Network.class);
		for (String part : text.split(",")) {
			if (part.contains("=")) {
				String[] kv = part.split("=");
				rhythm.put(Network.valueOf(kv[0]), Integer.parseInt(kv[1]));
			}
		}
		return rhythm;
	}

	private static Set<DayOfWeek> weekdays(String text) {
		return Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).map(DayOfWeek::valueOf)
			.collect(Collectors.toSet());
	}

	private static Set<LocalDate> dates(String text) {
		return text.lines().filter(s -> !s.isBlank()).map(LocalDate::parse).collect(Collectors.toSet());
	}

	private static List<CalendarSettings.OwnDate> ownDates(String text) {
		List<CalendarSettings.OwnDate> dates = new ArrayList<>();
		text.lines().filter(s -> !s.isBlank()).forEach(line -> {
			int space = line.indexOf(' ');
			dates.add(new CalendarSettings.OwnDate(LocalDate.parse(space < 0 ? line : line.substring(0, space)),
					space < 0 ? "" : line.substring(space + 1)));
		});
		return dates;
	}

}
