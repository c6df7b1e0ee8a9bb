package ca.pignon.platform;

import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * PostgreSQL array literals for a list of values bound as one parameter ({@code = ANY(CAST(:ids AS uuid[]))}): one
 * statement whatever the list's length, where Spring would expand a collection into one placeholder per value.
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
