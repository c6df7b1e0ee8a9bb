package ca.pignon.platform;

import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * PostgreSQL array literals for a list of values bound as one parameter: one statement whatever the list's length, where
 * Spring would expand a collection into one placeholder per value. Match them with
 * {@code IN (SELECT unnest(CAST(:ids AS uuid[])))}, not {@code = ANY(CAST(:ids AS uuid[]))}: PostgreSQL hashes an
 * {@code = ANY} array only when it is a constant of the plan, so under a generic plan (a statement prepared and run
 * again) each row is compared with every value, which took minutes for a round of 10,000 dossiers; the sub-select is
 * joined (by the primary key's index or a hash) whatever the plan.
 */
public final class SqlArrays {

	private SqlArrays() {
	}

	public static String uuids(Collection<UUID> values) {
		return values.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
	}

	public static String numbers(Collection<? extends Number> values) {
		return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}

}
