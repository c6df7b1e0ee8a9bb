package ca.pignon.followup.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.pignon.followup.Meeting;
import ca.pignon.followup.MeetingDetails;
import ca.pignon.followup.MeetingId;
import ca.pignon.followup.MeetingMode;
import ca.pignon.followup.MeetingStatus;
import ca.pignon.shared.ApplicationId;
import ca.pignon.platform.Dates;

/** Meetings, written only with the version the writer saw. */
@Repository
public class MeetingStore {

	private final JdbcClient jdbc;

	MeetingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(MeetingId id, ApplicationId application, MeetingDetails details, Instant now, String by) {
		jdbc.sql("""
				INSERT INTO followup_meeting (id, application_id, status, held_on, starts_at, duration_minutes, mode,
				  place, topics, actions_worked, action_ids, next_steps, created_at, created_by, updated_at, updated_by)
				VALUES (:id, :application, :status, :date, :starts, :minutes, :mode, :place, :topics, :worked, :ids,
				  :next, :now, :by, :now, :by)""")
			.param("id", id.value())
			.param("application", application.value())
			.params(columns(details))
			.param("now", Timestamp.from(now))
			.param("by", by)
			.update();
	}

	/** @return false when the meeting is no longer at {@code expectedVersion} */
	public boolean update(MeetingId id, MeetingDetails details, long expectedVersion, Instant now, String by) {
		return jdbc.sql("""
				UPDATE followup_meeting SET status = :status, held_on = :date, starts_at = :starts,
				  duration_minutes = :minutes, mode = :mode, place = :place, topics = :topics,
				  actions_worked = :worked, action_ids = :ids, next_steps = :next, updated_at = :now,
				  updated_by = :by, version = version + 1
				WHERE id = :id AND version = :expected""")
			.param("id", id.value())
			.params(columns(details))
			.param("now", Timestamp.from(now))
			.param("by", by)
			.param("expected", expectedVersion)
			.update() == 1;
	}

	public Optional<Meeting> find(MeetingId id) {
		return jdbc.sql("SELECT * FROM followup_meeting WHERE id = :id")
			.param("id", id.value())
			.query(MeetingStore::meeting)
			.optional();
	}

	/** The dossier's meetings, the latest first. */
	public List<Meeting> of(ApplicationId application) {
		return jdbc.sql("""
				SELECT * FROM followup_meeting WHERE application_id = :id
				ORDER BY held_on DESC, starts_at DESC NULLS LAST, created_at DESC""")
			.param("id", application.value())
			.query(MeetingStore::meeting)
			.list();
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

	static Meeting meeting(ResultSet rs, int row) throws SQLException {
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
				rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"),
				rs.getLong("version"));
	}

}
