package ca.pignon.diagnostic.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param peerMinimum the fewest other merchants a peer group shows; never under five, whatever is configured
 * @param maxGaps the most gaps the result explains (three at least)
 */
@ConfigurationProperties("pignon.diagnostic")
public record DiagnosticSettings(Integer peerMinimum, Integer maxGaps) {

	public DiagnosticSettings {
		peerMinimum = peerMinimum == null ? Peers.MINIMUM : Math.max(Peers.MINIMUM, peerMinimum);
		maxGaps = maxGaps == null ? 5 : Math.max(3, maxGaps);
	}

}
