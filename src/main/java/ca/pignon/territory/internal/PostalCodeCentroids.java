package ca.pignon.territory.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.Resource;

import ca.pignon.shared.GeoPoint;
import ca.pignon.territory.GeocodeCandidate;
import ca.pignon.territory.GeocodeMethod;
import ca.pignon.territory.PostalCode;

/**
 * The centroid of each postal forward sortation area (FSA), from a GeoNames postal-code file. An FSA is not a
 * municipality (G2E straddles Québec and L'Ancienne-Lorette): its centroid is only ever an approximate last resort.
 */
public final class PostalCodeCentroids {

	/** Lower than any street-level answer. */
	static final double SCORE = 0.2;

	private static final int FSA_COLUMN = 1;

	private static final int PLACE_COLUMN = 2;

	private static final int LATITUDE_COLUMN = 9;

	private static final int LONGITUDE_COLUMN = 10;

	private final Map<String, GeocodeCandidate> centroids;

	private PostalCodeCentroids(Map<String, GeocodeCandidate> centroids) {
		this.centroids = Map.copyOf(centroids);
	}

	/**
	 * @param file tab-separated: country, FSA, place, ..., latitude (10th column), longitude (11th)
	 */
	public static PostalCodeCentroids load(Resource file) {
		var centroids = new HashMap<String, GeocodeCandidate>();
		try (var reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String[] columns = line.split("\t", -1);
				if (columns.length <= LONGITUDE_COLUMN) {
					continue;
				}
				try {
					var point = new GeoPoint(Double.parseDouble(columns[LATITUDE_COLUMN]),
							Double.parseDouble(columns[LONGITUDE_COLUMN]));
					String fsa = columns[FSA_COLUMN].strip();
					String place = columns[PLACE_COLUMN].strip();
					String label = place.isEmpty() ? fsa : fsa + " (" + place + ")";
					centroids.put(fsa, new GeocodeCandidate(point, GeocodeMethod.POSTAL_CODE, true, SCORE, label));
				}
				catch (IllegalArgumentException ex) {
					// a header or a malformed line: not a centroid
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the postal-code file " + file.getDescription(), ex);
		}
		return new PostalCodeCentroids(centroids);
	}

	public Optional<GeocodeCandidate> centroidOf(PostalCode postalCode) {
		return Optional.ofNullable(centroids.get(postalCode.forwardSortationArea()));
	}

	public int size() {
		return centroids.size();
	}

}
