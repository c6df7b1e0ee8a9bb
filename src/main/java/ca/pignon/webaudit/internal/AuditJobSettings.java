package ca.pignon.webaudit.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How audit jobs are run (reference: docs/webaudit.md, "Audits as jobs").
 * @param polling how often each instance looks for a job waiting (a job started on an instance is also picked at once)
 * @param heartbeat how often an instance running a job says it is alive
 * @param missedHeartbeats heartbeats missed before a job's instance is taken for dead and the job run again elsewhere
 * @param keepFinished how long a finished job (and an API job's result) is kept to be read
 */
@ConfigurationProperties("pignon.webaudit.jobs")
public record AuditJobSettings(@DefaultValue("1s") Duration polling, @DefaultValue("5s") Duration heartbeat,
		@DefaultValue("4") int missedHeartbeats, @DefaultValue("1d") Duration keepFinished) {

	public AuditJobSettings {
		// db-scheduler's own floor: fewer would take a slow instance for a dead one
		if (missedHeartbeats < 4) {
			throw new IllegalArgumentException("pignon.webaudit.jobs.missed-heartbeats must be at least 4");
		}
	}

	/** How long a job's instance may stay silent before the job is run again by another. */
	public Duration deadAfter() {
		return heartbeat.multipliedBy(missedHeartbeats);
	}

}
