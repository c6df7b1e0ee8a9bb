package ca.pignon.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Events a listener failed to handle ({@link StuckEventRetry}).
 *
 * @param retryAfter how old an incomplete event publication must be before it is handed to its listener again
 * @param retryInterval how often Pignon looks for such publications (one instance at a time)
 * @param maxAttempts after this many attempts, a publication is left for an operator
 * @param keepCompletedFor how long a handled event publication is kept before {@link CompletedEventPruning} deletes it
 *     (an event can carry a merchant's words: personal data does not linger where nobody looks)
 * @param pruneCron when the handled publications are pruned (cron, in pignon.privacy.zone; one instance at a time)
 */
@ConfigurationProperties("pignon.events")
record EventSettings(@DefaultValue("PT5M") Duration retryAfter, @DefaultValue("PT1M") Duration retryInterval,
		@DefaultValue("20") int maxAttempts, @DefaultValue("P30D") Duration keepCompletedFor,
		@DefaultValue("0 45 3 * * *") String pruneCron) {
}
