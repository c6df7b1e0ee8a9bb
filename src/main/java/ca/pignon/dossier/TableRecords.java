package ca.pignon.dossier;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows a query finds, as personal records: each column by name, its value as text (timestamps in ISO 8601, UTC).
 * The one way every {@link PersonalDataHolder} turns its rows into records.
 */
public final class TableRecords {

	private TableRecords() {
	}

	public static List<PersonalRecord> of(JdbcClient jdbc, String kind, String sql, Map<String, ?> params) {
		return jdbc.sql(sql).params(params).query((rs, n) -> record(kind, rs)).list();
	}

	/**
	 * The subject as the parameters of a holder's queries: {@code :merchant} (the account's id) and
	 * {@code :application} (the application's id, null before the merchant started one; write
	 * {@code CAST(:application AS uuid)} where the database cannot tell its type).
	 */
	public static Map<String, @Nullable Object> params(DataSubject subject) {
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("merchant", subject.merchant().value());
		params.put("application", subject.application() == null ? null : subject.application().value());
		return params;
	}

	private static PersonalRecord record(String kind, ResultSet rs) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		Map<String, String> fields = new LinkedHashMap<>();
		for (int column = 1; column <= meta.getColumnCount(); column++) {
			Object value = rs.getObject(column);
			if (value != null) {
				fields.put(meta.getColumnLabel(column), text(value));
			}
		}
		return new PersonalRecord(kind, fields);
	}

	private static String text(Object value) {
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant().toString();
		}
		if (value instanceof java.sql.Array array) {
			try {
				List<String> items = new ArrayList<>();
				for (Object item : (Object[]) array.getArray()) {
					items.add(String.valueOf(item));
				}
				return String.join(",", items);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return value.toString();
	}

}
