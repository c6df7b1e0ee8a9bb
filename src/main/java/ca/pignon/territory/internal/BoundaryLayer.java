package ca.pignon.territory.internal;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import ca.pignon.territory.Area;

/**
 * The features of one layer, in file order: where polygons overlap, the first one wins.
 *
 * @param features the polygons, empty for a layer that is not configured
 * @param withinMunicipalities the municipality codes the layer describes, empty for everywhere
 */
public record BoundaryLayer(List<BoundaryFeature> features, Set<String> withinMunicipalities) {

	public static BoundaryLayer absent() {
		return new BoundaryLayer(List.of(), Set.of());
	}

	/**
	 * @param municipality the municipality a point is in, null for none
	 * @return whether this layer may answer for a point of that municipality
	 */
	public boolean describes(@Nullable Area municipality) {
		return !features.isEmpty() && (withinMunicipalities.isEmpty()
				|| (municipality != null && withinMunicipalities.contains(municipality.code())));
	}

}
