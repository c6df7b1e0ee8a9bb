package ca.pignon.platform;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.InternetAddress;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends what the outbox holds when an SMTP server is configured; without one, mail stays readable by admins.
 * A mail is leased by a conditional update before it is sent and marked sent once the SMTP server accepted it, so
 * two dispatchers, on one instance or on several, never send it twice, and a dispatcher that dies loses nothing.
 */
@Component
class OutboxDispatcher {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> sender;

	private final MailSettings settings;

	private final Clock clock;

	OutboxDispatcher(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, MailSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.settings = settings;
		this.clock = clock;
	}

	/** Off the request thread: a slow SMTP server never slows down the person who caused the mail. */
	@Async
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void onQueued(Mailer.MailQueued queued) {
		dispatchPending();
	}

	/**
	 * Sends what is due; one instance at a time on schedule (ShedLock), while the dispatch right after a commit runs
	 * beside it: each mail is leased by a conditional update, so that two dispatchers never hold the same one.
	 */
	@Scheduled(fixedDelayString = "${pignon.mail.retry-delay:PT30S}", initialDelayString = "PT5S")
	// held one minute at most, not the default ten: an instance killed during a round would otherwise stop the other
	// instances' rounds for ten minutes (ClusterTests caught it); two rounds at once are safe, each mail being leased
	@SchedulerLock(name = "pignon.outbox", lockAtMostFor = "PT1M")
	synchronized void dispatchPending() {
		JavaMailSender mailSender = sender.getIfAvailable();
		if (mailSender == null) {
			return;
		}
		// retried until sent, however long the outage: the least tried first, so that a mail the server keeps
		// refusing never holds back the others; a mail leased by a living dispatcher is left to it
		List<UUID> pending = jdbc.sql("""
				SELECT id FROM platform_mail
				WHERE sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < :now)
				ORDER BY attempts, created_at LIMIT 50""")
			.param("now", Timestamp.from(clock.instant()))
			.query(UUID.class)
			.list();
		pending.forEach(id -> send(mailSender, id));
	}

	/**
	 * Leases the mail, sends it, and only once the SMTP server has accepted it marks it sent. An instance that dies
	 * after the lease leaves the mail unsent: another one sends it when the lease has run out. The one window for a
	 * second copy is an instance dying between the server's acceptance and the update that follows it.
	 */
	private void send(JavaMailSender mailSender, UUID id) {
		var now = clock.instant();
		var claimed = jdbc.sql("""
				UPDATE platform_mail SET attempts = attempts + 1, claimed_until = :until
				WHERE id = :id AND sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < :now)
				RETURNING recipient, subject, body""")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(now.plus(settings.lease())))
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.optional();
		claimed.ifPresent(mail -> {
			try {
				var message = new OutboxMessage(id, settings.from());
				var helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
				helper.setFrom(new InternetAddress(settings.from(), settings.fromName(), StandardCharsets.UTF_8.name()));
				helper.setTo(mail[0]);
				helper.setSubject(mail[1]);
				helper.setText(mail[2]);
				mailSender.send(message);
			}
			catch (MailException | jakarta.mail.MessagingException | java.io.UnsupportedEncodingException ex) {
				log.warn("Mail {} could not be sent, it will be retried: {}", id, ex.getMessage());
				jdbc.sql("UPDATE platform_mail SET claimed_until = NULL, last_error = :error WHERE id = :id")
					.param("id", id)
					.param("error", abbreviate(ex.getMessage()))
					.update();
				return;
			}
			jdbc.sql("UPDATE platform_mail SET sent_at = :now, claimed_until = NULL WHERE id = :id")
				.param("id", id)
				.param("now", Timestamp.from(clock.instant()))
				.update();
		});
	}

	/**
	 * A mail whose Message-ID is its outbox row's, the same at every attempt: SMTP cannot make a delivery exactly once
	 * (an instance dying between the server's acceptance and the update that follows sends it again), so a second copy
	 * is recognisably the same message, which mailboxes that deduplicate by Message-ID show once.
	 */
	static final class OutboxMessage extends jakarta.mail.internet.MimeMessage {

		private final String messageId;

		OutboxMessage(UUID id, String from) {
			super((jakarta.mail.Session) null);
			String domain = from.contains("@") ? from.substring(from.indexOf('@') + 1) : "pignon.invalid";
			this.messageId = "<" + id + "@" + domain + ">";
		}

		@Override
		protected void updateMessageID() throws jakarta.mail.MessagingException {
			setHeader("Message-ID", messageId);
		}

	}

	private static String abbreviate(@org.jspecify.annotations.Nullable String text) {
		if (text == null) {
			return "";
		}
		return text.length() <= 500 ? text : text.substring(0, 500);
	}

}
