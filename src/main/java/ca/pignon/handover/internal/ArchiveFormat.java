package ca.pignon.handover.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;
import tools.jackson.databind.json.JsonMapper;

import ca.pignon.handover.internal.ProgramCatalogue.Column;
import ca.pignon.handover.internal.ProgramCatalogue.Table;

/**
 * The archive's format, in one place: names of its parts, the CSV dialect and the {@code datapackage.json}.
 * <p>
 * NULL and the empty string differ by quoting: every value is quoted ({@code ""} is an empty string), and NULL is a
 * field with nothing at all between the commas (RFC 4180 allows both; commons-csv's {@link QuoteMode#ALL_NON_NULL}
 * writes and reads them so).
 */
public final class ArchiveFormat {

	public static final String DATA_PACKAGE = "datapackage.json";

	public static final String MANIFEST = "manifest.sha256";

	/** RFC 4180: CRLF, double quotes doubled; NULL is an unquoted empty field. */
	public static final CSVFormat CSV = CSVFormat.RFC4180.builder()
		.setNullString("")
		.setQuoteMode(QuoteMode.ALL_NON_NULL)
		.get();

	static final JsonMapper JSON = JsonMapper.builder().build();

	private ArchiveFormat() {
	}

	/** The session settings under which PostgreSQL writes and reads the archive's text the same way everywhere. */
	static void textSettings(Statement statement) throws SQLException {
		statement.execute("SET LOCAL TimeZone = 'UTC'");
		statement.execute("SET LOCAL DateStyle = 'ISO, YMD'");
		statement.execute("SET LOCAL IntervalStyle = 'iso_8601'");
		statement.execute("SET LOCAL extra_float_digits = 3");
	}

	/** Where a binary value (an uploaded file's bytes) lies in the archive. */
	static String filePath(Table table, Column column, String key, long row) {
		String name = key == null ? String.format("%08d", row) : key.replaceAll("[^A-Za-z0-9._-]", "_");
		return "files/" + table.name() + "/" + column.name() + "/" + name;
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The Frictionless Data Package describing every table and field. */
	static byte[] dataPackage(ProgramCatalogue catalogue, String schemaVersion, Instant created) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("profile", "tabular-data-package");
		root.put("name", "pignon-program");
		root.put("title", "Pignon: the whole program, for its hand-over");
		root.put("created", created.toString());
		root.put("pignonSchemaVersion", schemaVersion);
		root.put("description", "One CSV per table (RFC 4180, UTF-8, a header row). Every value is quoted; NULL is "
				+ "a field with nothing between the commas, \"\" an empty string. Dates and times are ISO 8601 in "
				+ "UTC (2026-12-08T03:34:22.000000Z). Binary values (uploaded files) are files of the archive, the "
				+ "cell giving their path. manifest.sha256 lists the SHA-256 of every other file (sha256sum -c).");
		List<Object> resources = new ArrayList<>();
		for (Table table : catalogue.tables()) {
			Map<String, Object> resource = new LinkedHashMap<>();
			resource.put("name", table.name());
			resource.put("path", table.fileName());
			resource.put("profile", "tabular-data-resource");
			resource.put("format", "csv");
			resource.put("mediatype", "text/csv");
			resource.put("encoding", "utf-8");
			// in a fixed order: Map.of's order changes from one JVM to the next, and the file must not
			Map<String, Object> dialect = new LinkedHashMap<>();
			dialect.put("delimiter", ",");
			dialect.put("doubleQuote", true);
			dialect.put("lineTerminator", "\r\n");
			dialect.put("quoteChar", "\"");
			dialect.put("header", true);
			resource.put("dialect", dialect);
			List<Object> fields = new ArrayList<>();
			for (Column column : table.columns()) {
				Map<String, Object> field = new LinkedHashMap<>();
				field.put("name", column.name());
				field.put("type", column.frictionlessType());
				field.put("format", column.typeName().equals("uuid") ? "uuid" : "default");
				if (column.typeName().startsWith("timestamp")) {
					field.put("format", "any");
				}
				if (column.binary()) {
					field.put("description", "path of a file of this archive holding the bytes");
				}
				else if (column.category().equals("A")) {
					field.put("description", "a PostgreSQL array literal, such as {a,b}");
				}
				field.put("constraints", Map.of("required", column.notNull()));
				field.put("sqlType", column.sqlType());
				fields.add(field);
			}
			Map<String, Object> schema = new LinkedHashMap<>();
			schema.put("fields", fields);
			if (!table.primaryKey().isEmpty()) {
				schema.put("primaryKey", table.primaryKey());
			}
			schema.put("missingValues", List.of(""));
			resource.put("schema", schema);
			resources.add(resource);
		}
		root.put("resources", resources);
		return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n")
			.getBytes(StandardCharsets.UTF_8);
	}

}
