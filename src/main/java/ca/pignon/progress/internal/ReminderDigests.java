package ca.pignon.progress.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.shared.ApplicationId;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.platform.Mailer;
import ca.pignon.progress.ReminderRhythm;

/**
 * The short mail of what is late and what is coming, at the rhythm each merchant chose (weekly unless they chose
 * otherwise; they can stop it). Claimed in {@code progress_reminder_sent} in the same transaction as the mail is queued
 * in the outbox: one digest per merchant and period, even across restarts or with two servers.
 */
@Component
@EnableConfigurationProperties(DigestSettings.class)
public class ReminderDigests {

	private final Counter sentCount;

	private static final Locale FRENCH = Locale.CANADA_FRENCH;

	private final JdbcClient jdbc;

	private final Tasks tasks;

	private final IntakeManagement intake;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Clock clock;

	private final ZoneId zone;

	private final DayOfWeek day;

	private final LocalTime time;

	ReminderDigests(JdbcClient jdbc, Tasks tasks, IntakeManagement intake, Mailer mailer, MessageSource messages,
			Clock clock, DigestSettings settings, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.tasks = tasks;
		this.intake = intake;
		this.mailer = mailer;
		this.messages = messages;
		this.clock = clock;
		this.zone = settings.digestZone();
		this.day = settings.digestDay();
		this.time = settings.digestTime();
		this.sentCount = Counter.builder("pignon.reminders.sent")
			.description("Reminder digests queued for merchants by this instance")
			.register(meters);
	}

	public ReminderRhythm rhythmOf(UUID application) {
		return jdbc.sql("SELECT rhythm FROM progress_reminder WHERE application_id = :application")
			.param("application", application)
			.query(String.class)
			.optional()
			.map(ReminderRhythm::valueOf)
			.orElse(ReminderRhythm.WEEKLY);
	}

	public void choose(UUID application, ReminderRhythm rhythm, Instant at) {
		jdbc.sql("""
				INSERT INTO progress_reminder (application_id, rhythm, changed_at) VALUES (:application, :rhythm, :at)
				ON CONFLICT (application_id) DO UPDATE SET rhythm = :rhythm, changed_at = :at""")
			.param("application", application)
			.param("rhythm", rhythm.name())
			.param("at", Timestamp.from(at))
			.update();
	}

	@Scheduled(cron = "${pignon.progress.digest-cron:0 5 * * * *}")
	@SchedulerLock(name = "progress.reminder-digests", lockAtLeastFor = "PT1M")
	void sendDueNow() {
		sendDue(clock.instant());
	}

	@Transactional
	public int sendDue(Instant instant) {
		ZonedDateTime now = instant.atZone(zone);
		YearMonth current = YearMonth.from(now);
		int sent = 0;
		for (UUID application : tasks.withOpenTasksUntil(current.plusMonths(1))) {
			ReminderRhythm rhythm = rhythmOf(application);
			if (rhythm == ReminderRhythm.NEVER) {
				continue;
			}
			DigestPeriod period = DigestPeriod.of(rhythm, now, day, time);
			if (period.due(now) && send(application, period, current, instant)) {
				sent++;
			}
		}
		countOnCommit(sent);
		return sent;
	}

	private void countOnCommit(int sent) {
		if (sent == 0) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			sentCount.increment(sent);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				sentCount.increment(sent);
			}
		});
	}

	private boolean send(UUID application, DigestPeriod period, YearMonth current, Instant now) {
		List<TaskRow> open = tasks.inPlan(application)
			.stream()
			.filter(task -> task.doneAt() == null && !task.dueMonth().isAfter(current.plusMonths(1)))
			.toList();
		if (open.isEmpty()) {
			return false;
		}
		ApplicationDetails merchant = intake.application(new ApplicationId(application), FRENCH);
		boolean claimed = jdbc.sql("""
				INSERT INTO progress_reminder_sent (application_id, period, recipient, queued_at)
				VALUES (:application, :period, :recipient, :at) ON CONFLICT DO NOTHING""")
			.param("application", application)
			.param("period", period.key())
			.param("recipient", merchant.email())
			.param("at", Timestamp.from(now))
			.update() == 1;
		if (!claimed) {
			return false;
		}
		String late = lines(open.stream().filter(task -> task.dueMonth().isBefore(current)).toList());
		String thisMonth = lines(open.stream().filter(task -> task.dueMonth().equals(current)).toList());
		String next = lines(open.stream().filter(task -> task.dueMonth().isAfter(current)).toList());
		String firstName = merchant.contact() == null ? merchant.displayName() : merchant.contact().firstName();
		String body = text("progress.digest.greeting", firstName) + "\n\n"
				+ section("progress.digest.late", late) + section("progress.digest.thisMonth", thisMonth)
				+ section("progress.digest.nextMonth", next)
				+ text("progress.digest.footer", mailer.link("/progress/my"), mailer.link("/progress/my#rappels"));
		mailer.send(merchant.email(), text("progress.digest.subject", open.size()), body);
		return true;
	}

	private String section(String key, String lines) {
		return lines.isEmpty() ? "" : text(key) + "\n" + lines + "\n\n";
	}

	private String lines(List<TaskRow> rows) {
		return rows.stream()
			.map(task -> text("progress.digest.line", task.titleFr(),
					task.dueMonth().getMonth().getDisplayName(TextStyle.FULL, FRENCH) + " "
							+ task.dueMonth().getYear()))
			.collect(Collectors.joining("\n"));
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, FRENCH);
	}

}
