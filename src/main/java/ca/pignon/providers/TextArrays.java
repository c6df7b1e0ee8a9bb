package ca.pignon.providers;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/** PostgreSQL text arrays as parameters ({@code CAST(:x AS text[])}) and back as lists. */
final class TextArrays {

	private TextArrays() {
	}

	static String literal(Collection<String> values) {
		return values.stream()
			.map(value -> "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
			.collect(Collectors.joining(",", "{", "}"));
	}

	static List<String> list(@Nullable Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		Object[] values = (Object[]) array.getArray();
		return Arrays.stream(values).map(String::valueOf).toList();
	}

}
