package ca.pignon.conversation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The messages of the conversations, in SQL. */
@Repository
public class MessageStore {

	/** A message as stored; the author is an account id, named when shown. */
	public record Row(UUID application, UUID author, boolean byStaff, String body, @Nullable String actionKey,
			@Nullable String actionTitle, Instant at) {
	}

	private final JdbcClient jdbc;

	MessageStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(UUID application, UUID author, boolean byStaff, String body, @Nullable String actionKey,
			@Nullable String actionTitle, Instant at) {
		jdbc.sql("""
				INSERT INTO conversation_message (id, application_id, author_id, by_staff, body, action_key,
				  action_title, created_at)
				VALUES (:id, :application, :author, :byStaff, :body, :actionKey, :actionTitle, :at)""")
			.param("id", UUID.randomUUID())
			.param("application", application)
			.param("author", author)
			.param("byStaff", byStaff)
			.param("body", body)
			.param("actionKey", actionKey)
			.param("actionTitle", actionTitle)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** A dossier's messages, oldest first. */
	public List<Row> of(UUID application) {
		return jdbc.sql("""
				SELECT application_id, author_id, by_staff, body, action_key, action_title, created_at
				FROM conversation_message WHERE application_id = :application ORDER BY created_at, id""")
			.param("application", application)
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getBoolean(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list();
	}

	/** Who wrote each message of these dossiers, oldest first: staff or not (what the unanswered count needs). */
	public Map<UUID, List<Boolean>> authorsOf(Collection<UUID> applications) {
		Map<UUID, List<Boolean>> byApplication = new HashMap<>();
		if (applications.isEmpty()) {
			return byApplication;
		}
		jdbc.sql("""
				SELECT application_id, by_staff FROM conversation_message
				WHERE application_id IN (:applications) ORDER BY application_id, created_at, id""")
			.param("applications", applications)
			.query((rs, n) -> {
				byApplication.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
					.add(rs.getBoolean(2));
				return null;
			})
			.list();
		return byApplication;
	}

}
