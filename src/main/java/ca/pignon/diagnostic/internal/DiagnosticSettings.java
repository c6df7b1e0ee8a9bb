package ca.pignon.diagnostic.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

import ca.pignon.diagnostic.T1OpeningPolicy;

/**
 * @param peerMinimum the fewest other merchants a peer group shows; never under five, whatever is configured
 * @param maxGaps the most gaps the result explains (three at least)
 * @param t1After how long after the plan's approval the end-of-accompaniment diagnostic (T1) opens (90 days)
 * @param t1PercentDone the share of the plan's actions done, in percent, that opens T1 sooner (50)
 */
@ConfigurationProperties("pignon.diagnostic")
public record DiagnosticSettings(@Nullable Integer peerMinimum, @Nullable Integer maxGaps, @Nullable Duration t1After,
		@Nullable Integer t1PercentDone) {

	public DiagnosticSettings {
		peerMinimum = peerMinimum == null ? Peers.MINIMUM : Math.max(Peers.MINIMUM, peerMinimum);
		maxGaps = maxGaps == null ? 5 : Math.max(3, maxGaps);
		t1After = t1After == null || t1After.isNegative() ? Duration.ofDays(90) : t1After;
		t1PercentDone = t1PercentDone == null ? 50 : Math.max(0, Math.min(100, t1PercentDone));
	}

	public T1OpeningPolicy t1Opening() {
		return new T1OpeningPolicy(t1After, t1PercentDone);
	}

}
