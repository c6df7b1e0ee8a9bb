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

	private final PlatformSettings settings;

	Mailer(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, PlatformSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.settings = settings;
	}

	/** The address of a page of Pignon for a mail, from {@code PIGNON_PUBLIC_URL}, never from a request. */
	public String link(String path) {
		String base = settings.publicUrl().toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
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
