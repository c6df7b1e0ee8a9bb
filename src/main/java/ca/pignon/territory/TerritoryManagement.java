package ca.pignon.territory;

import java.util.List;

import org.springframework.stereotype.Service;

import ca.pignon.shared.GeoPoint;
import ca.pignon.territory.internal.BoundaryIndex;
import ca.pignon.territory.internal.Geocoder;
import ca.pignon.territory.internal.TerritoryMapDrawer;

/**
 * The territory module's API: where a point is, and where an address is.
 */
@Service
public class TerritoryManagement {

	private final BoundaryIndex boundaries;

	private final Geocoder geocoder;

	private final TerritoryMap map;

	TerritoryManagement(BoundaryIndex boundaries, Geocoder geocoder) {
		this.boundaries = boundaries;
		this.geocoder = geocoder;
		this.map = TerritoryMapDrawer.draw(boundaries.boundaries());
	}

	/**
	 * @param point a point anywhere
	 * @return its municipality, arrondissement and quartier, whether it is in the program territory and how close it
	 * is to a boundary
	 */
	public Location locate(GeoPoint point) {
		return boundaries.locate(point);
	}

	/**
	 * @param query an address as a form collects it
	 * @return candidate points, best first; empty when nothing matched
	 */
	public List<GeocodeCandidate> geocode(AddressQuery query) {
		return geocoder.geocode(query);
	}

	/**
	 * @param freeText an address on one line («2280 avenue Monseigneur-Gosselin, Québec»)
	 * @return candidate points, best first; empty when nothing matched
	 */
	public List<GeocodeCandidate> geocode(String freeText) {
		return geocoder.geocode(freeText);
	}

	/**
	 * @return a drawing of the municipalities and arrondissements, for staff to place a point by clicking
	 */
	public TerritoryMap map() {
		return map;
	}

	/**
	 * @return the version of the boundary data and program-territory setting every {@link Location} carries
	 */
	public String boundariesVersion() {
		return boundaries.boundaries().version();
	}

}
