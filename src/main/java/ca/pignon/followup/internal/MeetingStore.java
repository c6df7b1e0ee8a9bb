package ca.pignon.followup.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.pignon.followup.Meeting;
import ca.pignon.followup.MeetingDetails;
import ca.pignon.followup.MeetingId;
import ca.pignon.followup.MeetingMode;
import ca.pignon.followup.MeetingStatus;
import ca.pignon.shared.ApplicationId;
import ca.pignon.platform.Dates;
import ca.pignon.platform.People;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.Actor;

/** Meetings, written only with the version the writer saw. */
@Repository
public class MeetingStore {

	private final JdbcClient jdbc;

	private final People people;

	MeetingStore(JdbcClient jdbc, People people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	public void insert(MeetingId id, ApplicationId application, MeetingDetails details, Instant now, Actor by) {
		jdbc.sql("""
				INSERT INTO followup_meeting (id, application_id, status, held_on, starts_at, duration_minutes, mode,
				  place, topics, actions_worked, action_ids, next_steps, created_at, created_by_account, updated_at,
				  updated_by_account)
				VALUES (:id, :application, :status, :date, :starts, :minutes, :mode, :place, :topics, :worked, :ids,
				  :next, :now, :by, :now, :by)""")
			.param("id", id.value())
			.param("application", application.value())
			.params(columns(details))
			.param("now", Timestamp.from(now))
			.param("by", account(by))
			.update();
	}

	/** @return false when the meeting is no longer at {@code expectedVersion} */
	public boolean update(MeetingId id, MeetingDetails details, long expectedVersion, Instant now, Actor by) {
		return jdbc.sql("""
				UPDATE followup_meeting SET status = :status, held_on = :date, starts_at = :starts,
				  duration_minutes = :minutes, mode = :mode, place = :place, topics = :topics,
				  actions_worked = :worked, action_ids = :ids, next_steps = :next, updated_at = :now,
				  updated_by_account = :by, updated_by = NULL, version = version + 1
				WHERE id = :id AND version = :expected""")
			.param("id", id.value())
			.params(columns(details))
			.param("now", Timestamp.from(now))
			.param("by", account(by))
			.param("expected", expectedVersion)
			.update() == 1;
	}

	public Optional<Meeting> find(MeetingId id) {
		return jdbc.sql("SELECT * FROM followup_meeting WHERE id = :id")
			.param("id", id.value())
			.query(MeetingStore::row)
			.optional()
			.map(row -> row.meeting(people.namesOf(row.accounts())));
	}

	/** The dossier's meetings, the latest first. */
	public List<Meeting> of(ApplicationId application) {
		List<Row> rows = jdbc.sql("""
				SELECT * FROM followup_meeting WHERE application_id = :id
				ORDER BY held_on DESC, starts_at DESC NULLS LAST, created_at DESC""")
			.param("id", application.value())
			.query(MeetingStore::row)
			.list();
		var names = people.namesOf(rows.stream().flatMap(row -> row.accounts().stream()).toList());
		return rows.stream().map(row -> row.meeting(names)).toList();
	}

	private static java.util.Map<String, Object> columns(MeetingDetails details) {
		Instant starts = details.time() == null ? null : MeetingRules.startOf(details);
		var values = new java.util.HashMap<String, Object>();
		values.put("status", details.status().name());
		values.put("date", details.date());
		values.put("starts", starts == null ? null : Timestamp.from(starts));
		values.put("minutes", details.durationMinutes());
		values.put("mode", details.mode().name());
		values.put("place", details.place());
		values.put("topics", details.topics());
		values.put("worked", details.actionsWorked());
		values.put("ids", String.join(",", details.actionIds()));
		values.put("next", details.nextSteps());
		return values;
	}

	private static @Nullable UUID account(Actor by) {
		return by.accountId() == null ? null : by.accountId().value();
	}

	/** A stored meeting with who wrote it as stored: an account, or a legacy name from before accounts were kept. */
	private record Row(Meeting meeting, @Nullable AccountId createdBy, @Nullable String createdByLegacy,
			@Nullable AccountId updatedBy, @Nullable String updatedByLegacy) {

		List<AccountId> accounts() {
			return java.util.stream.Stream.of(createdBy, updatedBy).filter(java.util.Objects::nonNull).toList();
		}

		Meeting meeting(Map<AccountId, String> names) {
			return new Meeting(meeting.id(), meeting.applicationId(), meeting.details(), meeting.startsAt(),
					meeting.createdAt(), name(createdBy, createdByLegacy, names), meeting.updatedAt(),
					name(updatedBy, updatedByLegacy, names), meeting.version());
		}

		private static String name(@Nullable AccountId account, @Nullable String legacy, Map<AccountId, String> names) {
			return account != null ? names.get(account) : legacy != null ? legacy : "Pignon";
		}

	}

	private static Row row(ResultSet rs, int row) throws SQLException {
		UUID created = rs.getObject("created_by_account", UUID.class);
		UUID updated = rs.getObject("updated_by_account", UUID.class);
		return new Row(meeting(rs), created == null ? null : new AccountId(created), rs.getString("created_by"),
				updated == null ? null : new AccountId(updated), rs.getString("updated_by"));
	}

	private static Meeting meeting(ResultSet rs) throws SQLException {
		Timestamp starts = rs.getTimestamp("starts_at");
		LocalTime time = starts == null ? null : starts.toInstant().atZone(Dates.PROGRAM_ZONE).toLocalTime();
		String ids = rs.getString("action_ids");
		var details = new MeetingDetails(MeetingStatus.valueOf(rs.getString("status")),
				rs.getObject("held_on", LocalDate.class), time, rs.getInt("duration_minutes"),
				MeetingMode.valueOf(rs.getString("mode")), rs.getString("place"), rs.getString("topics"),
				rs.getString("actions_worked"), ids.isEmpty() ? List.of() : Arrays.asList(ids.split(",")),
				rs.getString("next_steps"));
		return new Meeting(new MeetingId(rs.getObject("id", UUID.class)),
				new ApplicationId(rs.getObject("application_id", UUID.class)), details,
				starts == null ? null : starts.toInstant(), rs.getTimestamp("created_at").toInstant(),
				"", rs.getTimestamp("updated_at").toInstant(), "", rs.getLong("version"));
	}

}
