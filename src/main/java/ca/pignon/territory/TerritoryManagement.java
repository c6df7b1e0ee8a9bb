package ca.pignon.territory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	private final SdcLayers sdcLayers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** The map with the SDC areas of the version it was drawn for. */
	private volatile DrawnMap drawn;

	private record DrawnMap(long version, java.time.@org.jspecify.annotations.Nullable Instant uploadedAt, TerritoryMap map,
			TerritoryMap sdcMap) {
	}

	/** The territory alone, without a database: no SDC layer, no upload (unit tests, benchmarks). */
	TerritoryManagement(BoundaryIndex boundaries, Geocoder geocoder) {
		this(boundaries, geocoder, SdcLayers.none(boundaries.boundaries().projection()), event -> {
		}, Clock.systemUTC());
	}

	@org.springframework.beans.factory.annotation.Autowired
	TerritoryManagement(BoundaryIndex boundaries, Geocoder geocoder, SdcLayers sdcLayers,
			ApplicationEventPublisher events, Clock clock) {
		this.boundaries = boundaries;
		this.geocoder = geocoder;
		this.map = TerritoryMapDrawer.draw(boundaries.boundaries());
		this.sdcLayers = sdcLayers;
		this.events = events;
		this.clock = clock;
		this.drawn = new DrawnMap(0, null, map, TerritoryMapDrawer.drawAreas(boundaries.boundaries(), List.of()));
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
	 * @return a drawing of the municipalities, arrondissements and SDC areas (kind {@code sdc}), for staff to place a
	 * point by clicking
	 */
	public TerritoryMap map() {
		return drawn(sdcLayers.current()).map();
	}

	/**
	 * @param layer {@code arrondissement}, {@code quartier} or {@code sdc}
	 * @return a drawing of that layer's areas (shapes of that kind, named as in {@link Location} and the dossier's
	 * areas) over the program municipalities (kind {@code program}), framed on the program territory
	 */
	public TerritoryMap areaMap(String layer) {
		if (SdcLayer.NAME.equals(layer)) {
			return drawn(sdcLayers.current()).sdcMap();
		}
		return TerritoryMapDrawer.drawLayer(boundaries.boundaries(), layer);
	}

	/**
	 * @param point a point anywhere
	 * @return the SDC area holding it, from the layer in force (the first in file order where areas overlap); empty
	 * when no layer was uploaded or when no area holds it
	 */
	public Optional<Area> sdcAt(GeoPoint point) {
		return sdcLayers.current().at(point, boundaries.boundaries().projection());
	}

	/** @return the SDC layer in force, empty until a manager uploads one */
	public Optional<SdcLayer> sdcLayer() {
		return Optional.ofNullable(sdcLayers.current().layer());
	}

	/**
	 * Stores a new version of the SDC layer, when the file passes {@link SdcUploadPolicy}, and announces it
	 * ({@link SdcLayerChanged}) so that the applications already located are placed again.
	 *
	 * @throws TerritoryRefused with every problem of the file; nothing is stored then
	 */
	@Transactional
	public SdcLayer uploadSdcLayer(byte[] content, String fileName, String uploadedBy) {
		var features = new SdcUploadPolicy(boundaries.boundaries().projection(),
				boundaries.boundaries().programTerritory()).check(content);
		var at = clock.instant();
		long version = sdcLayers.save(features, uploadedBy, fileName, at);
		events.publishEvent(new SdcLayerChanged(version, at));
		return new SdcLayer(version, uploadedBy, at, fileName,
				features.stream().map(SdcUploadPolicy.SdcFeature::area).toList());
	}

	private DrawnMap drawn(SdcLayers.Snapshot snapshot) {
		DrawnMap known = drawn;
		if (known.version() == snapshot.version()
				&& java.util.Objects.equals(known.uploadedAt(), snapshot.uploadedAt())) {
			return known;
		}
		List<TerritoryMap.Shape> sdcShapes = new ArrayList<>();
		for (int i = 0; i < snapshot.shapes().size(); i++) {
			sdcShapes.add(TerritoryMapDrawer.shape(snapshot.layer().areas().get(i).name(), SdcLayer.NAME,
					snapshot.shapes().get(i)));
		}
		List<TerritoryMap.Shape> all = new ArrayList<>(map.shapes());
		all.addAll(sdcShapes);
		DrawnMap fresh = new DrawnMap(snapshot.version(), snapshot.uploadedAt(),
				new TerritoryMap(map.viewBox(), List.copyOf(all), map.originLongitude(), map.originLatitude(),
						map.metresPerDegreeEast(), map.metresPerDegreeNorth()),
				TerritoryMapDrawer.drawAreas(boundaries.boundaries(), sdcShapes));
		drawn = fresh;
		return fresh;
	}

	/**
	 * @return the version of the boundary data and program-territory setting every {@link Location} carries
	 */
	public String boundariesVersion() {
		return boundaries.boundaries().version();
	}

}
