package ca.pignon.territory.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.GeoPoint;
import ca.pignon.territory.Area;
import ca.pignon.territory.GeocodeCandidate;
import ca.pignon.territory.GeocodeMethod;

/**
 * Civic addresses with their points, found whatever the spelling of the street (see {@link StreetName}).
 * <p>
 * A civic number found on the street gives an exact candidate. A street found without that civic number gives a
 * street-level candidate, always approximate: the address of the nearest civic number on that street, or, with no
 * civic number to compare, the address nearest the middle of the street's addresses.
 */
public final class AddressIndex {

	private static final double TYPE_MISSING = 0.05;

	private static final double TYPE_DIFFERENT = 0.15;

	private static final double DIRECTION_MISSING = 0.05;

	private static final double DIRECTION_UNEXPECTED = 0.1;

	private static final double DIRECTION_DIFFERENT = 0.3;

	private static final double MUNICIPALITY_DIFFERENT = 0.1;

	private static final double MISSPELLED = 0.15;

	/** A street-level candidate is worth at most this much. */
	private static final double STREET_LEVEL = 0.5;

	private final Map<String, List<Street>> streetsBySpecific;

	private final int addresses;

	private AddressIndex(Map<String, List<Street>> streetsBySpecific, int addresses) {
		this.streetsBySpecific = streetsBySpecific;
		this.addresses = addresses;
	}

	/**
	 * @param locator where each address is, for its municipality and the place names it may be written with
	 */
	public static Builder builder(Function<GeoPoint, BoundaryIndex.Areas> locator) {
		return new Builder(locator);
	}

	public int addresses() {
		return addresses;
	}

	public int streets() {
		return streetsBySpecific.values().stream().mapToInt(List::size).sum();
	}

	/**
	 * @return exact candidates and street-level ones, each best first
	 */
	Answer search(ParsedAddress address) {
		var exact = new ArrayList<GeocodeCandidate>();
		var streetLevel = new ArrayList<GeocodeCandidate>();
		StreetMatch match = matchingStreets(address.street());
		if (match == null) {
			return new Answer(List.of(), List.of());
		}
		String municipality = address.municipality() != null ? address.municipality() : match.leftover();
		for (Street street : match.streets()) {
			double score = 1 - penalty(match.name(), street, municipality) - (match.misspelled() ? MISSPELLED : 0);
			CivicNumber civic = address.civic();
			Entry entry = civic == null ? null : street.civics.get(civic.key());
			if (entry != null) {
				exact.add(new GeocodeCandidate(entry.point(), GeocodeMethod.ADDRESS_INDEX, false, clamp(score),
						civic + " " + street.label()));
			}
			else {
				Entry near = civic == null ? street.middle : street.nearest(civic.number());
				streetLevel.add(new GeocodeCandidate(near.point(), GeocodeMethod.ADDRESS_INDEX_STREET, true,
						clamp(score * STREET_LEVEL), street.label()));
			}
		}
		Comparator<GeocodeCandidate> best = Comparator.comparingDouble(GeocodeCandidate::score).reversed();
		exact.sort(best);
		streetLevel.sort(best);
		return new Answer(exact, streetLevel);
	}

	/**
	 * The longest run of leading words that names a known street («avenue Monseigneur-Gosselin Québec» finds the
	 * avenue, and leaves «Québec»); failing that, streets one or two letters away.
	 */
	private @Nullable StreetMatch matchingStreets(String streetText) {
		List<String> words = Arrays.asList(streetText.strip().split("\\s+"));
		for (int count = words.size(); count > 0; count--) {
			var name = StreetName.parse(String.join(" ", words.subList(0, count)));
			if (name.isPresent() && streetsBySpecific.containsKey(name.get().specific())) {
				String leftover = String.join(" ", words.subList(count, words.size()));
				return new StreetMatch(name.get(), streetsBySpecific.get(name.get().specific()), false,
						leftover.isBlank() ? null : leftover);
			}
		}
		var name = StreetName.parse(streetText);
		if (name.isEmpty()) {
			return null;
		}
		int allowed = AddressText.allowedEdits(name.get().specific());
		var streets = new ArrayList<Street>();
		if (allowed > 0) {
			streetsBySpecific.forEach((specific, candidates) -> {
				if (AddressText.withinEdits(specific, name.get().specific(), allowed)) {
					streets.addAll(candidates);
				}
			});
		}
		return streets.isEmpty() ? null : new StreetMatch(name.get(), streets, true, null);
	}

	private static double penalty(StreetName asked, Street street, @Nullable String municipality) {
		StreetName known = street.name;
		double penalty = 0;
		if (asked.type() == null && known.type() != null) {
			penalty += TYPE_MISSING;
		}
		else if (asked.type() != null && !asked.type().equals(known.type())) {
			penalty += TYPE_DIFFERENT;
		}
		if (asked.direction() == null && known.direction() != null) {
			penalty += DIRECTION_MISSING;
		}
		else if (asked.direction() != null && known.direction() == null) {
			penalty += DIRECTION_UNEXPECTED;
		}
		else if (asked.direction() != null && !asked.direction().equals(known.direction())) {
			penalty += DIRECTION_DIFFERENT;
		}
		if (municipality != null && !street.isKnownAs(municipality)) {
			penalty += MUNICIPALITY_DIFFERENT;
		}
		return penalty;
	}

	/**
	 * @return the score within (0, 1], to the hundredth: penalties add up with floating-point noise
	 */
	private static double clamp(double score) {
		return Math.max(0.01, Math.min(1, Math.round(score * 100) / 100.0));
	}

	record Answer(List<GeocodeCandidate> exact, List<GeocodeCandidate> streetLevel) {
	}

	private record StreetMatch(StreetName name, List<Street> streets, boolean misspelled, @Nullable String leftover) {
	}

	private record Entry(GeoPoint point, int number) {
	}

	private record StreetKey(StreetName name, String municipalityCode) {
	}

	/**
	 * One street of one municipality, with its addresses.
	 */
	private static final class Street {

		private final String spelling;

		private final StreetName name;

		private final @Nullable Area municipality;

		private final Set<String> placeNames;

		private final Map<String, Entry> civics;

		/** Addresses with a civic number, by number. */
		private final Entry[] numbered;

		private final Entry middle;

		Street(StreetBuilder builder) {
			this.spelling = builder.spelling;
			this.name = builder.name;
			this.municipality = builder.municipality;
			this.placeNames = Set.copyOf(builder.placeNames);
			var civics = new HashMap<String, Entry>();
			builder.civics.forEach((key, points) -> civics.put(key, points.mean()));
			this.civics = Map.copyOf(civics);
			this.numbered = civics.values()
				.stream()
				.sorted(Comparator.comparingInt(Entry::number))
				.toArray(Entry[]::new);
			this.middle = builder.all.nearestToMean();
		}

		String label() {
			return municipality == null ? spelling : spelling + ", " + municipality.name();
		}

		Entry nearest(int number) {
			if (numbered.length == 0) {
				return middle;
			}
			Entry nearest = numbered[0];
			for (Entry entry : numbered) {
				if (Math.abs(entry.number() - number) < Math.abs(nearest.number() - number)) {
					nearest = entry;
				}
			}
			return nearest;
		}

		/**
		 * @return whether the municipality as written names this street's municipality, or the arrondissement or
		 * quartier (often a former municipality: «Sainte-Foy», «Charlesbourg») its addresses are in
		 */
		boolean isKnownAs(String writtenMunicipality) {
			String written = " " + AddressText.placeKey(writtenMunicipality) + " ";
			for (String place : placeNames) {
				String known = " " + place + " ";
				if (known.contains(written) || written.contains(known)) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * Loads addresses one at a time.
	 */
	public static final class Builder {

		private final Function<GeoPoint, BoundaryIndex.Areas> locator;

		private final Map<StreetKey, StreetBuilder> streets = new LinkedHashMap<>();

		private final Map<String, Optional<StreetName>> names = new HashMap<>();

		private final Map<String, String> placeKeys = new HashMap<>();

		private int addresses;

		private Builder(Function<GeoPoint, BoundaryIndex.Areas> locator) {
			this.locator = locator;
		}

		/**
		 * @param civic the civic number, null for a place known only by its street
		 * @param street the street as the file spells it
		 * @param point where the address is
		 * @return whether the address was kept (a street name is needed)
		 */
		public boolean add(@Nullable CivicNumber civic, String street, GeoPoint point) {
			// a city's file repeats each street hundreds of times: parse each spelling once
			Optional<StreetName> name = names.computeIfAbsent(street, StreetName::parse);
			if (name.isEmpty()) {
				return false;
			}
			BoundaryIndex.Areas areas = locator.apply(point);
			Area municipality = areas.municipality();
			var key = new StreetKey(name.get(), municipality == null ? "" : municipality.code());
			streets.computeIfAbsent(key, k -> new StreetBuilder(street.strip(), name.get(), municipality))
				.add(civic, point, areas, placeKeys);
			addresses++;
			return true;
		}

		public AddressIndex build() {
			var bySpecific = new HashMap<String, List<Street>>();
			streets.values()
				.forEach(street -> bySpecific.computeIfAbsent(street.name.specific(), k -> new ArrayList<>())
					.add(new Street(street)));
			bySpecific.replaceAll((specific, list) -> List.copyOf(list));
			return new AddressIndex(Map.copyOf(bySpecific), addresses);
		}

	}

	private static final class StreetBuilder {

		private final String spelling;

		private final StreetName name;

		private final @Nullable Area municipality;

		private final Set<String> placeNames = new LinkedHashSet<>();

		private final Map<String, Points> civics = new HashMap<>();

		private final Points all = new Points(0);

		StreetBuilder(String spelling, StreetName name, @Nullable Area municipality) {
			this.spelling = spelling;
			this.name = name;
			this.municipality = municipality;
		}

		void add(@Nullable CivicNumber civic, GeoPoint point, BoundaryIndex.Areas areas,
				Map<String, String> placeKeys) {
			all.add(point);
			if (civic != null) {
				civics.computeIfAbsent(civic.key(), k -> new Points(civic.number())).add(point);
			}
			for (Area area : Arrays.asList(areas.municipality(), areas.arrondissement(), areas.quartier())) {
				if (area != null) {
					placeNames.add(placeKeys.computeIfAbsent(area.name(), AddressText::placeKey));
				}
			}
		}

	}

	/**
	 * The points of one address (a file may list several places at one civic number) or of one street.
	 */
	private static final class Points {

		private final int number;

		private final List<GeoPoint> points = new ArrayList<>();

		Points(int number) {
			this.number = number;
		}

		void add(GeoPoint point) {
			points.add(point);
		}

		Entry mean() {
			double latitude = points.stream().mapToDouble(GeoPoint::latitude).average().orElseThrow();
			double longitude = points.stream().mapToDouble(GeoPoint::longitude).average().orElseThrow();
			return new Entry(new GeoPoint(latitude, longitude), number);
		}

		/** A real address, unlike the mean, which may fall off a curved street. */
		Entry nearestToMean() {
			GeoPoint mean = mean().point();
			GeoPoint nearest = points.get(0);
			for (GeoPoint point : points) {
				if (squaredDegrees(point, mean) < squaredDegrees(nearest, mean)) {
					nearest = point;
				}
			}
			return new Entry(nearest, number);
		}

		private static double squaredDegrees(GeoPoint a, GeoPoint b) {
			double dLatitude = a.latitude() - b.latitude();
			double dLongitude = (a.longitude() - b.longitude()) * Math.cos(Math.toRadians(a.latitude()));
			return dLatitude * dLatitude + dLongitude * dLongitude;
		}

	}

}
