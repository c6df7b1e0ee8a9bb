package ca.pignon.webaudit.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

import ca.pignon.webaudit.AuditJobState;

/**
 * Audit jobs waiting and running, read from PostgreSQL at each scrape so every instance gives the same figures
 * ({@code pignon_webaudit_jobs_queued}, {@code pignon_webaudit_jobs_running}; docs/operations.md says when to worry).
 */
@Component
class AuditJobMetrics implements MeterBinder {

	private final AuditJobs jobs;

	AuditJobMetrics(AuditJobs jobs) {
		this.jobs = jobs;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("pignon.webaudit.jobs.queued", () -> jobs.count(AuditJobState.QUEUED))
			.description("Web audits waiting for a place")
			.strongReference(true)
			.register(registry);
		Gauge.builder("pignon.webaudit.jobs.running", () -> jobs.count(AuditJobState.RUNNING))
			.description("Web audits running now, on any instance")
			.strongReference(true)
			.register(registry);
	}

}
