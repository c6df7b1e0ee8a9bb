package ca.pignon.providers;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One reminder to each provider who has not answered when the deadline comes near ({@code reminder-before}, two days
 * by default), once, whatever instance runs it: the claim and the queued mails share one transaction, so an instance
 * dying half-way claims nothing and two running at once never remind a provider twice.
 */
@Component
class QuoteReminders {

	private final Briefs briefs;

	private final QuoteLinks links;

	private final ProvidersSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	QuoteReminders(Briefs briefs, QuoteLinks links, ProvidersSettings settings,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.briefs = briefs;
		this.links = links;
		this.settings = settings;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** The daily run, on one instance at a time (ShedLock answers null for a run it skips: hence a void method). */
	@Scheduled(cron = "${pignon.providers.reminder-cron:0 30 8 * * *}", zone = "${pignon.providers.zone:America/Toronto}")
	@SchedulerLock(name = "providers.quote-reminders", lockAtLeastFor = "PT1M")
	void remindDueOnSchedule() {
		remindDue();
	}

	/** How many providers were reminded. */
	public int remindDue() {
		// explicit, so that the claim and the mails share one transaction however the scheduler calls this method
		return Objects.requireNonNull(transactions.execute(status -> remindDueNow()));
	}

	private int remindDueNow() {
		Instant now = clock.instant();
		var claimed = briefs.claimReminders(now, now.plus(settings.reminderBefore()));
		for (UUID request : claimed) {
			Briefs.RequestRow row = briefs.request(request).orElseThrow();
			BriefRow brief = briefs.find(row.brief()).orElseThrow();
			links.remind(brief, row.entry());
			briefs.log(row.brief(), ca.pignon.shared.Actor.RULES, "reminded", row.entry().name(), null, now);
		}
		return claimed.size();
	}

}
