package ca.pignon.platform;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the event publications handled longer ago than {@code pignon.events.keep-completed-for} (30 days by
 * default), every night, on one instance at a time: an event keeps its payload once handled, and a payload can carry
 * a merchant's words (a help request, a comment), which must not linger where nobody looks (Loi 25). Publications not
 * handled yet are never touched ({@link StuckEventRetry} hands them again). The age is counted by Spring Modulith's
 * registry with the application's clock, in one {@code DELETE} on the completion date's index.
 */
@Component
class CompletedEventPruning {

	private static final Logger log = LoggerFactory.getLogger(CompletedEventPruning.class);

	private final CompletedEventPublications completed;

	private final Duration keep;

	CompletedEventPruning(CompletedEventPublications completed, EventSettings settings) {
		this.completed = completed;
		this.keep = settings.keepCompletedFor();
	}

	@Scheduled(cron = "${pignon.events.prune-cron:0 45 3 * * *}", zone = "${pignon.privacy.zone:America/Toronto}")
	@SchedulerLock(name = "pignon.events.prune", lockAtLeastFor = "PT1M")
	void pruneOnSchedule() {
		prune();
	}

	void prune() {
		completed.deletePublicationsOlderThan(keep);
		log.info("event publications handled more than {} ago deleted", keep);
	}

}
