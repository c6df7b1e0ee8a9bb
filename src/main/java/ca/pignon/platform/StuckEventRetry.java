package ca.pignon.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands again to their listener the events it failed to handle (a conflict with a concurrent edit, a database that
 * went away, a restart in the middle): without this, Spring Modulith retries them only when Pignon restarts, and a
 * module that follows another one (selection following intake) would stay out of step until then. Listeners are
 * written to be idempotent, so a second delivery changes nothing more.
 */
@Component
class StuckEventRetry {

	private static final Logger log = LoggerFactory.getLogger(StuckEventRetry.class);

	private final IncompleteEventPublications incomplete;

	private final Clock clock;

	private final Duration after;

	private final int maxAttempts;

	StuckEventRetry(IncompleteEventPublications incomplete, Clock clock,
			@Value("${pignon.events.retry-after:PT5M}") Duration after,
			@Value("${pignon.events.max-attempts:20}") int maxAttempts) {
		this.incomplete = incomplete;
		this.clock = clock;
		this.after = after;
		this.maxAttempts = maxAttempts;
	}

	@Scheduled(fixedDelayString = "${pignon.events.retry-interval:PT1M}",
			initialDelayString = "${pignon.events.retry-interval:PT1M}")
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
