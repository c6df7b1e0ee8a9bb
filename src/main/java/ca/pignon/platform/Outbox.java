package ca.pignon.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the mail outbox for administrators.
 */
@Component
class Outbox {

	static final int PAGE_SIZE = 25;

	record Mail(UUID id, String recipient, String subject, String body, Instant createdAt, @Nullable Instant sentAt,
			int attempts, @Nullable String lastError) {
	}

	private static final RowMapper<Mail> MAPPER = (rs, row) -> new Mail(rs.getObject("id", UUID.class),
			rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
			rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("sent_at")), rs.getInt("attempts"),
			rs.getString("last_error"));

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Mail> page(int page) {
		return jdbc.sql("SELECT * FROM platform_mail ORDER BY created_at DESC LIMIT :size OFFSET :offset")
			.param("size", PAGE_SIZE + 1)
			.param("offset", Paging.offset(page, PAGE_SIZE))
			.query(MAPPER)
			.list();
	}

	Optional<Mail> find(UUID id) {
		return jdbc.sql("SELECT * FROM platform_mail WHERE id = :id").param("id", id).query(MAPPER).optional();
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
