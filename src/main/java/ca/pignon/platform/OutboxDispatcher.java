package ca.pignon.platform;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.InternetAddress;
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
 * A mail is claimed by a conditional update before it is sent, so two dispatchers never send it twice.
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

	@Scheduled(fixedDelayString = "${pignon.mail.retry-delay:PT30S}", initialDelayString = "PT5S")
	synchronized void dispatchPending() {
		JavaMailSender mailSender = sender.getIfAvailable();
		if (mailSender == null) {
			return;
		}
		// retried until sent, however long the outage: the least tried first, so that a mail the server keeps
		// refusing never holds back the others
		List<UUID> pending = jdbc
			.sql("SELECT id FROM platform_mail WHERE sent_at IS NULL ORDER BY attempts, created_at LIMIT 50")
			.query(UUID.class)
			.list();
		pending.forEach(id -> send(mailSender, id));
	}

	private void send(JavaMailSender mailSender, UUID id) {
		var claimed = jdbc.sql("""
				UPDATE platform_mail SET attempts = attempts + 1, sent_at = :now
				WHERE id = :id AND sent_at IS NULL RETURNING recipient, subject, body""")
			.param("id", id)
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.optional();
		claimed.ifPresent(mail -> {
			try {
				var message = mailSender.createMimeMessage();
				var helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
				helper.setFrom(new InternetAddress(settings.from(), settings.fromName(), StandardCharsets.UTF_8.name()));
				helper.setTo(mail[0]);
				helper.setSubject(mail[1]);
				helper.setText(mail[2]);
				mailSender.send(message);
			}
			catch (MailException | jakarta.mail.MessagingException | java.io.UnsupportedEncodingException ex) {
				log.warn("Mail {} could not be sent, it will be retried: {}", id, ex.getMessage());
				jdbc.sql("UPDATE platform_mail SET sent_at = NULL, last_error = :error WHERE id = :id")
					.param("id", id)
					.param("error", abbreviate(ex.getMessage()))
					.update();
			}
		});
	}

	private static String abbreviate(@org.jspecify.annotations.Nullable String text) {
		if (text == null) {
			return "";
		}
		return text.length() <= 500 ? text : text.substring(0, 500);
	}

}
