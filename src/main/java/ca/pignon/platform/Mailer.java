package ca.pignon.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends mail through the outbox: the mail is stored in the caller's transaction, so it exists if and only if the
 * change that caused it does, and the dispatcher sends it once, after the commit.
 */
@Service
public class Mailer {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Mailer(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	@Transactional
	public void send(String recipient, String subject, String body) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO platform_mail (id, recipient, subject, body, created_at)
				VALUES (:id, :recipient, :subject, :body, :now)""")
			.param("id", id)
			.param("recipient", recipient)
			.param("subject", subject)
			.param("body", body)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		events.publishEvent(new MailQueued(id));
	}

	record MailQueued(UUID id) {
	}

}
