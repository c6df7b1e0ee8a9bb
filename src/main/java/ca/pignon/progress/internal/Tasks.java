package ca.pignon.progress.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.pignon.progress.PlannedAction;
import ca.pignon.platform.People;
import ca.pignon.progress.TaskComment;
import ca.pignon.shared.AccountId;

/**
 * The tasks of approved plans, their comments and evidence, in SQL: "Mon plan" and the dashboard read them with a
 * few indexed queries whatever the size of the program.
 */
@Repository
public class Tasks {

	private final JdbcClient jdbc;

	private final People people;

	public Tasks(JdbcClient jdbc, People people) {
		this.people = people;
		this.jdbc = jdbc;
	}

	/**
	 * Makes the tasks follow the approved version: new actions join, kept ones take their new title, month and place,
	 * dropped ones leave the plan but keep what was done.
	 */
	public void follow(UUID application, UUID merchant, int planVersion, List<PlannedAction> actions) {
		jdbc.sql("UPDATE progress_task SET in_plan = FALSE WHERE application_id = :application")
			.param("application", application)
			.update();
		int position = 0;
		for (PlannedAction action : actions) {
			jdbc.sql("""
					INSERT INTO progress_task (application_id, action_key, merchant_id, plan_version, position, title_fr,
					  title_en, due_month, hours, who, in_plan)
					VALUES (:application, :key, :merchant, :planVersion, :position, :titleFr, :titleEn, :month, :hours,
					  :who, TRUE)
					ON CONFLICT (application_id, action_key) DO UPDATE SET plan_version = :planVersion,
					  position = :position, title_fr = :titleFr, title_en = :titleEn, due_month = :month,
					  hours = :hours, who = :who, in_plan = TRUE""")
				.param("application", application)
				.param("key", action.key())
				.param("merchant", merchant)
				.param("planVersion", planVersion)
				.param("position", position++)
				.param("titleFr", action.titleFr())
				.param("titleEn", action.titleEn())
				.param("month", Date.valueOf(action.dueMonth().atDay(1)))
				.param("hours", action.hours())
				.param("who", action.who())
				.update();
		}
	}

	public List<TaskRow> inPlan(UUID application) {
		return jdbc.sql("SELECT * FROM progress_task WHERE application_id = :application AND in_plan ORDER BY position")
			.param("application", application)
			.query(Tasks::row)
			.list();
	}

	public Optional<TaskRow> find(UUID application, String key) {
		return jdbc.sql("SELECT * FROM progress_task WHERE application_id = :application AND action_key = :key")
			.param("application", application)
			.param("key", key)
			.query(Tasks::row)
			.optional();
	}

	/** @return false when the task changed since {@code expectedVersion} */
	public boolean markDone(UUID application, String key, long expectedVersion, Instant at, UUID by,
			@Nullable String evidenceUrl, @Nullable String note) {
		return jdbc.sql("""
				UPDATE progress_task SET done_at = :at, done_by = :by, done_by_name = NULL,
				  evidence_url = :url, done_note = :note, version = version + 1
				WHERE application_id = :application AND action_key = :key AND version = :version""")
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("url", evidenceUrl)
			.param("note", note)
			.param("application", application)
			.param("key", key)
			.param("version", expectedVersion)
			.update() == 1;
	}

	public boolean reopen(UUID application, String key, long expectedVersion) {
		return jdbc.sql("""
				UPDATE progress_task SET done_at = NULL, done_by = NULL, done_by_name = NULL, version = version + 1
				WHERE application_id = :application AND action_key = :key AND version = :version""")
			.param("application", application)
			.param("key", key)
			.param("version", expectedVersion)
			.update() == 1;
	}

	public void addEvidence(UUID upload, UUID application, String key, Instant at) {
		jdbc.sql("""
				INSERT INTO progress_evidence (upload_id, application_id, action_key, added_at)
				VALUES (:upload, :application, :key, :at)""")
			.param("upload", upload)
			.param("application", application)
			.param("key", key)
			.param("at", Timestamp.from(at))
			.update();
	}

	public Map<String, List<UUID>> evidenceOf(UUID application) {
		Map<String, List<UUID>> byKey = new HashMap<>();
		jdbc.sql("SELECT action_key, upload_id FROM progress_evidence WHERE application_id = :application ORDER BY added_at")
			.param("application", application)
			.query((rs, row) -> byKey.computeIfAbsent(rs.getString(1), key -> new ArrayList<>())
				.add(rs.getObject(2, UUID.class)))
			.list();
		return byKey;
	}

	public void comment(UUID application, String key, String kind, UUID author, boolean byStaff, String body,
			Instant at) {
		jdbc.sql("""
				INSERT INTO progress_comment (id, application_id, action_key, kind, author_id, by_staff, body,
				  created_at)
				VALUES (:id, :application, :key, :kind, :author, :byStaff, :body, :at)""")
			.param("id", UUID.randomUUID())
			.param("application", application)
			.param("key", key)
			.param("kind", kind)
			.param("author", author)
			.param("byStaff", byStaff)
			.param("body", body)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** The comments, by task, with their author's name looked up now (a legacy name when no account was kept). */
	public Map<String, List<TaskComment>> commentsOf(UUID application) {
		record Row(String key, String kind, UUID author, @Nullable String legacy, boolean byStaff, String body,
				Instant at) {
		}
		List<Row> rows = jdbc.sql("""
				SELECT action_key, kind, author_id, author_name, by_staff, body, created_at FROM progress_comment
				WHERE application_id = :application ORDER BY created_at""")
			.param("application", application)
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
					rs.getBoolean(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list();
		Map<AccountId, String> names = people.namesOf(rows.stream().map(row -> new AccountId(row.author())).toList());
		Map<String, List<TaskComment>> byKey = new HashMap<>();
		for (Row row : rows) {
			String author = row.legacy() != null ? row.legacy() : names.get(new AccountId(row.author()));
			byKey.computeIfAbsent(row.key(), key -> new ArrayList<>())
				.add(new TaskComment(row.kind(), author, row.byStaff(), row.body(), row.at()));
		}
		return byKey;
	}

	/** Tasks of the plan not done whose month is over, per application. */
	public Map<UUID, Integer> lateCounts(Collection<UUID> applications, LocalDate today) {
		Map<UUID, Integer> counts = new HashMap<>();
		if (applications.isEmpty()) {
			return counts;
		}
		jdbc.sql("""
				SELECT application_id, count(*) FROM progress_task
				WHERE application_id IN (:applications) AND done_at IS NULL AND in_plan AND due_month < :month
				GROUP BY application_id""")
			.param("applications", applications)
			.param("month", Date.valueOf(YearMonth.from(today).atDay(1)))
			.query((rs, row) -> counts.put(rs.getObject(1, UUID.class), rs.getInt(2)))
			.list();
		return counts;
	}

	/** Applications with a task not done that is late or due before the end of {@code until}. */
	public List<UUID> withOpenTasksUntil(YearMonth until) {
		return jdbc.sql("""
				SELECT DISTINCT application_id FROM progress_task
				WHERE done_at IS NULL AND in_plan AND due_month <= :until ORDER BY application_id""")
			.param("until", Date.valueOf(until.atDay(1)))
			.query(UUID.class)
			.list();
	}

	static TaskRow row(ResultSet rs, int row) throws SQLException {
		Timestamp doneAt = rs.getTimestamp("done_at");
		return new TaskRow(rs.getObject("application_id", UUID.class), rs.getString("action_key"),
				rs.getObject("merchant_id", UUID.class), rs.getInt("plan_version"), rs.getInt("position"),
				rs.getString("title_fr"), rs.getString("title_en"),
				YearMonth.from(rs.getDate("due_month").toLocalDate()), rs.getBigDecimal("hours"), rs.getString("who"),
				rs.getBoolean("in_plan"), doneAt == null ? null : doneAt.toInstant(), rs.getObject("done_by", UUID.class),
				rs.getString("done_by_name"),
				rs.getString("evidence_url"), rs.getString("done_note"), rs.getLong("version"));
	}

}
