package ca.pignon.webaudit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;
import ca.pignon.webaudit.AuditJob;
import ca.pignon.webaudit.AuditJobState;
import ca.pignon.webaudit.WebAuditId;

/**
 * The audit jobs ({@code webaudit_job}): what was asked, by whom, and where it stands. The queue itself (which
 * instance runs what, and reviving a job whose instance died) is db-scheduler's {@code scheduled_tasks}.
 */
@Repository
public class AuditJobs {

	/** Separates a refusal's arguments in one column: a character no address holds. */
	private static final String SEPARATOR = "\u001f";

	private final JdbcClient jdbc;

	AuditJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(UUID id, @Nullable UUID application, String url, UUID requestedBy, Instant at) {
		jdbc.sql("""
				INSERT INTO webaudit_job (id, application_id, url, requested_by, state, created_at)
				VALUES (?, ?, ?, ?, 'QUEUED', ?)""")
			.params(id, application, url, requestedBy, Timestamp.from(at))
			.update();
	}

	public Optional<AuditJob> find(UUID id) {
		return jdbc.sql("SELECT * FROM webaudit_job WHERE id = ?").param(id).query(AuditJobs::job).optional();
	}

	/** The application's latest job, finished or not. */
	public Optional<AuditJob> latestOf(UUID application) {
		return jdbc.sql("SELECT * FROM webaudit_job WHERE application_id = ? ORDER BY created_at DESC, id LIMIT 1")
			.param(application)
			.query(AuditJobs::job)
			.optional();
	}

	/**
	 * Marks the job running unless it is finished: false when another run of it finished already (a job revived after
	 * its instance died may find its work done).
	 */
	public boolean start(UUID id, Instant at) {
		return jdbc.sql("""
				UPDATE webaudit_job SET state = 'RUNNING', started_at = ?
				WHERE id = ? AND state IN ('QUEUED', 'RUNNING')""")
			.params(Timestamp.from(at), id)
			.update() == 1;
	}

	public void done(UUID id, UUID run, Instant at) {
		jdbc.sql("UPDATE webaudit_job SET state = 'DONE', run_id = ?, finished_at = ? WHERE id = ?")
			.params(run, Timestamp.from(at), id)
			.update();
	}

	public void refused(UUID id, String key, List<String> arguments, Instant at) {
		jdbc.sql("""
				UPDATE webaudit_job SET state = 'REFUSED', refusal_key = ?, refusal_args = ?, finished_at = ?
				WHERE id = ?""")
			.params(key, String.join(SEPARATOR, arguments), Timestamp.from(at), id)
			.update();
	}

	/** Jobs waiting or running now, for the operators' gauges. */
	public int count(AuditJobState state) {
		return jdbc.sql("SELECT count(*) FROM webaudit_job WHERE state = ?")
			.param(state.name())
			.query(Integer.class)
			.single();
	}

	/**
	 * Forgets jobs finished before the limit, and the runs of the API's jobs (an address audited for the API is kept
	 * only until its result could be collected); answers how many jobs were forgotten.
	 */
	public int forgetFinishedBefore(Instant limit) {
		jdbc.sql("""
				DELETE FROM webaudit_run WHERE application_id IS NULL
				AND id IN (SELECT run_id FROM webaudit_job WHERE application_id IS NULL AND finished_at < ?)""")
			.param(Timestamp.from(limit))
			.update();
		return jdbc.sql("DELETE FROM webaudit_job WHERE finished_at < ?").param(Timestamp.from(limit)).update();
	}

	private static AuditJob job(ResultSet rs, int row) throws SQLException {
		UUID application = rs.getObject("application_id", UUID.class);
		UUID run = rs.getObject("run_id", UUID.class);
		String arguments = rs.getString("refusal_args");
		return new AuditJob(rs.getObject("id", UUID.class), application == null ? null : new ApplicationId(application),
				rs.getString("url"), new AccountId(rs.getObject("requested_by", UUID.class)),
				AuditJobState.valueOf(rs.getString("state")), run == null ? null : new WebAuditId(run),
				rs.getString("refusal_key"),
				arguments == null || arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1)),
				rs.getTimestamp("created_at").toInstant(), instant(rs, "started_at"), instant(rs, "finished_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
