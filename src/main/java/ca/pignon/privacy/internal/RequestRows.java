package ca.pignon.privacy.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The requests about personal information, and who is in charge of answering them. */
@Component
public class RequestRows {

	private final JdbcClient jdbc;

	RequestRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(RequestRow row) {
		jdbc.sql("""
				INSERT INTO privacy_request (id, kind, requester_account, application_id, details, received_at, due_on,
				  requester_name, requester_email, requester_language)
				VALUES (:id, :kind, :requester, :application, :details, :received, :due, :name, :email, :language)""")
			.param("name", row.requesterName())
			.param("language", row.requesterLanguage())
			.param("email", row.requesterEmail())
			.param("id", row.id())
			.param("kind", row.kind())
			.param("requester", row.requesterAccount())
			.param("application", row.applicationId())
			.param("details", row.details())
			.param("received", Timestamp.from(row.receivedAt()))
			.param("due", Date.valueOf(row.dueOn()))
			.update();
	}

	public Optional<RequestRow> find(UUID id) {
		return jdbc.sql("SELECT * FROM privacy_request WHERE id = :id").param("id", id).query(RequestRows::row).optional();
	}

	public List<RequestRow> ofRequester(UUID account) {
		return jdbc.sql("SELECT * FROM privacy_request WHERE requester_account = :account ORDER BY received_at DESC")
			.param("account", account)
			.query(RequestRows::row)
			.list();
	}

	/** Unanswered first, the earliest due first; then the answered, the latest first. */
	public List<RequestRow> all() {
		return jdbc.sql("""
				SELECT * FROM privacy_request
				ORDER BY answered_at IS NOT NULL, CASE WHEN answered_at IS NULL THEN due_on END, answered_at DESC""")
			.query(RequestRows::row)
			.list();
	}

	/** Records the answer unless the request changed since {@code expectedVersion}: whether it did. */
	public boolean answer(UUID id, String answer, Instant at, UUID by, long expectedVersion) {
		return jdbc.sql("""
				UPDATE privacy_request SET answer = :answer, answered_at = :at, answered_by = :by, version = version + 1
				WHERE id = :id AND version = :version AND answered_at IS NULL""")
			.param("id", id)
			.param("answer", answer)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("version", expectedVersion)
			.update() == 1;
	}

	/**
	 * Claims the unanswered requests whose reminder day has come and that were not reminded yet: an instance that
	 * claims one mails about it; another, running at once, finds it claimed.
	 */
	public List<RequestRow> claimReminders(LocalDate reminderDueOnOrBefore, Instant at) {
		return jdbc.sql("""
				UPDATE privacy_request SET reminded_at = :at
				WHERE answered_at IS NULL AND reminded_at IS NULL AND due_on <= :due
				RETURNING *""")
			.param("at", Timestamp.from(at))
			.param("due", Date.valueOf(reminderDueOnOrBefore))
			.query(RequestRows::row)
			.list();
	}

	/** Deletes the public form's requests (no account) answered before then; answers their ids. */
	public List<UUID> destroyPublicAnsweredBefore(Instant before) {
		return jdbc.sql("""
				DELETE FROM privacy_request
				WHERE requester_account IS NULL AND answered_at IS NOT NULL AND answered_at < :before
				RETURNING id""")
			.param("before", java.sql.Timestamp.from(before))
			.query(UUID.class)
			.list();
	}

	public List<UUID> officers() {
		return jdbc.sql("SELECT account_id FROM privacy_officer ORDER BY designated_at").query(UUID.class).list();
	}

	public boolean isOfficer(UUID account) {
		return jdbc.sql("SELECT count(*) FROM privacy_officer WHERE account_id = :account")
			.param("account", account)
			.query(Integer.class)
			.single() > 0;
	}

	public void designate(UUID account, Instant at, UUID by) {
		jdbc.sql("""
				INSERT INTO privacy_officer (account_id, designated_at, designated_by) VALUES (:account, :at, :by)
				ON CONFLICT (account_id) DO NOTHING""")
			.param("account", account)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update();
	}

	public void revoke(UUID account) {
		jdbc.sql("DELETE FROM privacy_officer WHERE account_id = :account").param("account", account).update();
	}

	private static RequestRow row(ResultSet rs, int n) throws SQLException {
		Timestamp answered = rs.getTimestamp("answered_at");
		return new RequestRow(rs.getObject("id", UUID.class), rs.getString("kind"),
				rs.getObject("requester_account", UUID.class), rs.getObject("application_id", UUID.class),
				rs.getString("details"), rs.getTimestamp("received_at").toInstant(),
				rs.getDate("due_on").toLocalDate(), rs.getString("answer"),
				answered == null ? null : answered.toInstant(), rs.getObject("answered_by", UUID.class),
				rs.getLong("version"), rs.getString("requester_name"), rs.getString("requester_email"),
				rs.getString("requester_language"));
	}

}
