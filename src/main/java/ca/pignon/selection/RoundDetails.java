package ca.pignon.selection;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A round and where it stands.
 *
 * @param gridVersion the grid version current when the round opened: every score of the round uses it
 * @param candidates eligible applications of the round
 */
public record RoundDetails(RoundId id, String name, RoundStatus status, int gridVersion, List<TeamDetails> teams,
		Instant openedAt, String openedBy, @Nullable Instant closedAt, @Nullable String closedBy, int candidates,
		int retained, int waitlisted, int notRetained, int withdrawn, long version) {

	public int places() {
		return teams.stream().mapToInt(TeamDetails::places).sum();
	}

	public int freePlaces() {
		return Math.max(0, places() - retained);
	}

	public boolean isOpen() {
		return status == RoundStatus.OPEN;
	}

}
