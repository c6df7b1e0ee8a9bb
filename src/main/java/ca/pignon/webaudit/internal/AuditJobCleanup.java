package ca.pignon.webaudit.internal;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets finished audit jobs once they have been kept long enough to be read, with the results of the API's jobs (an
 * address audited for the API belongs to no dossier and is not kept): hourly, on one instance at a time.
 */
@Component
class AuditJobCleanup {

	private final AuditJobs jobs;

	private final AuditJobSettings settings;

	private final Clock clock;

	AuditJobCleanup(AuditJobs jobs, AuditJobSettings settings, Clock clock) {
		this.jobs = jobs;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@SchedulerLock(name = "webaudit-job-cleanup")
	void forgetOldJobs() {
		forgetOldJobsNow();
	}

	int forgetOldJobsNow() {
		return jobs.forgetFinishedBefore(clock.instant().minus(settings.keepFinished()));
	}

}
