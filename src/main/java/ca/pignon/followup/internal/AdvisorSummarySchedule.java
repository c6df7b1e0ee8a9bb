package ca.pignon.followup.internal;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks every few minutes whether the week's summaries are due: a fixed-time trigger would miss a week when Pignon is
 * down at that moment, while the unique key keeps this to one mail a week.
 */
@Component
@ConditionalOnProperty(name = "pignon.followup.advisor-summary.enabled", havingValue = "true", matchIfMissing = true)
class AdvisorSummarySchedule {

	private final AdvisorSummaries summaries;

	private final Clock clock;

	AdvisorSummarySchedule(AdvisorSummaries summaries, Clock clock) {
		this.summaries = summaries;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${pignon.followup.advisor-summary.check-every:PT10M}",
			fixedDelayString = "${pignon.followup.advisor-summary.check-every:PT10M}")
	@SchedulerLock(name = "followup.advisor-summary", lockAtLeastFor = "PT30S")
	void sendDue() {
		summaries.sendDue(clock.instant());
	}

}
