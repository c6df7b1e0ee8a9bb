package ca.pignon.diagnostic;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How merchants of the program like this one score: only ever built from at least five other merchants, and holding
 * no name, id or single merchant's answer.
 *
 * @param basis SECTOR (same first three NAICS digits) or AREA (same arrondissement, or municipality outside Québec)
 * @param label the sector code or the area's name
 * @param size how many merchants the group holds (five or more)
 */
public record PeerGroup(String basis, String label, int size, List<Figure> figures) {

	/** One dimension's median and mean in the group; none when fewer than five of them have a score there. */
	public record Figure(String dimensionId, @Nullable Integer median, @Nullable Integer mean) {
	}

	public @Nullable Figure figure(String dimensionId) {
		return figures.stream().filter(figure -> figure.dimensionId().equals(dimensionId)).findFirst().orElse(null);
	}

}
