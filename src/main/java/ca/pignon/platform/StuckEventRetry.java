package ca.pignon.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands again to their listener the events it failed to handle (a conflict with a concurrent edit, a database that
 * went away, a restart in the middle): without this, Spring Modulith retries them only when Pignon restarts, and a
 * module that follows another one (selection following intake) would stay out of step until then. Listeners are
 * written to be idempotent, so a second delivery changes nothing more. With several instances, one of them at a time
 * resubmits (ShedLock), and a restarting instance replays nothing itself
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart=false}): what a dead instance left is resubmitted
 * here once it is older than {@code pignon.events.retry-after}.
 */
@Component
class StuckEventRetry {

	private static final Logger log = LoggerFactory.getLogger(StuckEventRetry.class);

	private final IncompleteEventPublications incomplete;

	private final Clock clock;

	private final Duration after;

	private final int maxAttempts;

	StuckEventRetry(IncompleteEventPublications incomplete, Clock clock, EventSettings settings) {
		this.incomplete = incomplete;
		this.clock = clock;
		this.after = settings.retryAfter();
		this.maxAttempts = settings.maxAttempts();
	}

	/** One instance at a time: the one that holds the lock resubmits for all of them. */
	@Scheduled(fixedDelayString = "${pignon.events.retry-interval:PT1M}",
			initialDelayString = "${pignon.events.retry-interval:PT1M}")
	@SchedulerLock(name = "pignon.events.retry")
	void resubmitStuckPublications() {
		Instant limit = clock.instant().minus(after);
		incomplete.resubmitIncompletePublications(publication -> {
			boolean due = isBefore(publication.getPublicationDate(), limit)
					&& isBefore(publication.getLastResubmissionDate(), limit);
			if (due && publication.getCompletionAttempts() >= maxAttempts) {
				log.warn("Event {} published at {} still not handled after {} attempts: left for an operator",
						publication.getEvent().getClass().getSimpleName(), publication.getPublicationDate(),
						publication.getCompletionAttempts());
				return false;
			}
			return due;
		});
	}

	private static boolean isBefore(Instant moment, Instant limit) {
		return moment == null || moment.isBefore(limit);
	}

}
