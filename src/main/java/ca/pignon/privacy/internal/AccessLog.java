package ca.pignon.privacy.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The access log's table: written after each request that let staff into a dossier, read by dossier and dates. */
@Component
public class AccessLog {

	/** One opening to keep. */
	public record Opening(UUID application, UUID account, String need, String method, String path, Instant at) {
	}

	/** One opening as kept. */
	public record Row(UUID account, String need, String method, String path, Instant at) {
	}

	private final JdbcClient jdbc;

	AccessLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void record(List<Opening> openings) {
		for (Opening opening : openings) {
			jdbc.sql("""
					INSERT INTO privacy_access_log (application_id, account_id, need, method, path, at)
					VALUES (:application, :account, :need, :method, :path, :at)""")
				.param("application", opening.application())
				.param("account", opening.account())
				.param("need", opening.need())
				.param("method", opening.method())
				.param("path", opening.path().length() > 500 ? opening.path().substring(0, 500) : opening.path())
				.param("at", Timestamp.from(opening.at()))
				.update();
		}
	}

	/** The openings of this dossier from {@code from} (included) to {@code until} (excluded), the latest first. */
	@Transactional(readOnly = true)
	public List<Row> of(UUID application, Instant from, Instant until) {
		return jdbc.sql("""
				SELECT account_id, need, method, path, at FROM privacy_access_log
				WHERE application_id = :application AND at >= :from AND at < :until ORDER BY at DESC, id DESC""")
			.param("application", application)
			.param("from", Timestamp.from(from))
			.param("until", Timestamp.from(until))
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

}
