package ca.pignon.reporting.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.AccountSummary;
import ca.pignon.platform.Mailer;
import ca.pignon.platform.Role;

/**
 * The quarterly report mailed to the City's accounts (issue 15, item 5): a daily run claims the quarter just ended in
 * {@code reporting_quarterly_mail} (INSERT … ON CONFLICT DO NOTHING) and queues, in the same transaction, one mail per
 * enabled CITY account with the link to the quarter's PDF. A second run, a restart or another instance finds the row
 * and sends nothing; an instance dying half-way claims nothing. Accounts carry no language: the mail is in French,
 * with the link to the English report too.
 */
@Component
class QuarterlyMail {

	private static final Locale FRENCH = Locale.CANADA_FRENCH;

	private final AccountManagement accounts;

	private final Mailer mailer;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ZoneId zone;

	QuarterlyMail(AccountManagement accounts, Mailer mailer, MessageSource messages, JdbcClient jdbc,
			PlatformTransactionManager transactionManager, Clock clock,
			@Value("${pignon.reporting.zone:America/Toronto}") ZoneId zone) {
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.zone = zone;
	}

	/** The daily run, on one instance at a time (ShedLock answers null for a run it skips: hence a void method). */
	@Scheduled(cron = "${pignon.reporting.quarterly-cron:0 0 7 * * *}", zone = "${pignon.reporting.zone:America/Toronto}")
	@SchedulerLock(name = "reporting.quarterly-mail", lockAtLeastFor = "PT1M")
	void sendOnSchedule() {
		sendDue();
	}

	/** How many mails were queued: none when no quarter is due or it was mailed already. */
	int sendDue() {
		// explicit, so that the claim and the mails share one transaction however the scheduler calls this method
		return Objects.requireNonNull(transactions.execute(status -> sendDueNow()));
	}

	private int sendDueNow() {
		Instant now = clock.instant();
		Quarter quarter = QuarterlyMailPolicy.due(now.atZone(zone).toLocalDate()).orElse(null);
		if (quarter == null || !claim(quarter, now)) {
			return 0;
		}
		var city = accounts.enabledWithRole(Role.CITY);
		String path = "/reports/quarterly.pdf?quarter=" + quarter;
		String title = text("reporting.quarterly.quarter", quarter.number(), String.valueOf(quarter.year()));
		for (AccountSummary account : city) {
			mailer.send(account.email(), text("reporting.quarterly.mail.subject", title),
					text("reporting.quarterly.mail.body", account.displayName(), title, mailer.link(path),
							mailer.link(path + "&language=en"), mailer.link("/reports")));
		}
		return city.size();
	}

	private boolean claim(Quarter quarter, Instant now) {
		return jdbc.sql("""
				INSERT INTO reporting_quarterly_mail (quarter, sent_at) VALUES (:quarter, :now)
				ON CONFLICT DO NOTHING""")
			.param("quarter", quarter.toString())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, FRENCH);
	}

}
