package ca.pignon.handover.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.MigrationVersion;
import tools.jackson.databind.JsonNode;

import ca.pignon.handover.HandoverRefused;
import ca.pignon.handover.internal.ProgramCatalogue.Column;
import ca.pignon.handover.internal.ProgramCatalogue.Table;

/**
 * Loads an archive into an empty program: the manifest checked first, then the schema version, then every table in
 * one transaction, in foreign-key order, sequences moved past the loaded rows. Any failure rolls everything back.
 */
public final class ProgramImport {

	static final int ROWS_PER_BATCH = 500;

	private final Connection connection;

	public ProgramImport(Connection connection) {
		this.connection = connection;
	}

	/** Imports the ZIP at {@code archive}; answers the number of rows per table. */
	public Map<String, Long> load(Path archive) throws IOException, SQLException {
		try (ZipFile zip = open(archive)) {
			try {
				checkManifest(zip);
			}
			catch (ZipException ex) {
				// an entry whose compressed bytes are broken: the archive is damaged, whatever the manifest says
				throw new HandoverRefused("damaged", ArchiveFormat.MANIFEST);
			}
			JsonNode dataPackage = dataPackage(zip);
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				Map<String, Long> counts = loadAll(zip, dataPackage);
				connection.commit();
				return counts;
			}
			catch (IOException | SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
	}

	private static ZipFile open(Path archive) throws IOException {
		try {
			return new ZipFile(archive.toFile(), StandardCharsets.UTF_8);
		}
		catch (ZipException ex) {
			throw new HandoverRefused("notAnArchive");
		}
	}

	/** Every file listed with its SHA-256, and nothing else in the archive. */
	static void checkManifest(ZipFile zip) throws IOException {
		ZipEntry manifestEntry = zip.getEntry(ArchiveFormat.MANIFEST);
		if (manifestEntry == null) {
			throw new HandoverRefused("damaged", ArchiveFormat.MANIFEST);
		}
		Map<String, String> expected = new LinkedHashMap<>();
		String manifest = new String(zip.getInputStream(manifestEntry).readAllBytes(), StandardCharsets.UTF_8);
		for (String line : manifest.split("\n")) {
			if (line.isBlank()) {
				continue;
			}
			int separator = line.indexOf("  ");
			if (separator != 64) {
				throw new HandoverRefused("damaged", ArchiveFormat.MANIFEST);
			}
			expected.put(line.substring(separator + 2), line.substring(0, separator));
		}
		for (ZipEntry entry : Collections.list(zip.entries())) {
			if (entry.isDirectory() || entry.getName().equals(ArchiveFormat.MANIFEST)) {
				continue;
			}
			String hash = expected.remove(entry.getName());
			if (hash == null || !hash.equals(sha256(zip, entry))) {
				throw new HandoverRefused("damaged", entry.getName());
			}
		}
		if (!expected.isEmpty()) {
			throw new HandoverRefused("damaged", expected.keySet().iterator().next());
		}
	}

	private static String sha256(ZipFile zip, ZipEntry entry) throws IOException {
		MessageDigest digest = ArchiveFormat.sha256();
		try (InputStream in = zip.getInputStream(entry)) {
			byte[] buffer = new byte[65536];
			int read;
			while ((read = in.read(buffer)) != -1) {
				digest.update(buffer, 0, read);
			}
		}
		catch (ZipException ex) {
			throw new HandoverRefused("damaged", entry.getName());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static JsonNode dataPackage(ZipFile zip) throws IOException {
		ZipEntry entry = zip.getEntry(ArchiveFormat.DATA_PACKAGE);
		if (entry == null) {
			throw new HandoverRefused("damaged", ArchiveFormat.DATA_PACKAGE);
		}
		try (InputStream in = zip.getInputStream(entry)) {
			return ArchiveFormat.JSON.readTree(in);
		}
		catch (RuntimeException ex) {
			throw new HandoverRefused("damaged", ArchiveFormat.DATA_PACKAGE);
		}
	}

	private Map<String, Long> loadAll(ZipFile zip, JsonNode dataPackage) throws IOException, SQLException {
		String ours = ProgramCatalogue.schemaVersion(connection);
		String theirs = dataPackage.path("pignonSchemaVersion").asString("");
		if (theirs.isBlank()) {
			throw new HandoverRefused("damaged", ArchiveFormat.DATA_PACKAGE);
		}
		int comparison;
		try {
			comparison = MigrationVersion.fromVersion(theirs).compareTo(MigrationVersion.fromVersion(ours));
		}
		catch (RuntimeException notAVersion) {
			throw new HandoverRefused("damaged", ArchiveFormat.DATA_PACKAGE);
		}
		if (comparison > 0) {
			throw new HandoverRefused("newerSchema", theirs, ours);
		}
		if (comparison < 0) {
			throw new HandoverRefused("olderSchema", theirs, ours);
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("LOCK TABLE platform_account IN EXCLUSIVE MODE");
			ProgramEmptiness.require(connection);
			ArchiveFormat.textSettings(statement);
		}
		ProgramCatalogue catalogue = ProgramCatalogue.read(connection);
		Map<String, List<String>> archived = new LinkedHashMap<>();
		for (JsonNode resource : dataPackage.path("resources")) {
			List<String> fields = new ArrayList<>();
			resource.path("schema").path("fields").forEach(field -> fields.add(field.path("name").asString("")));
			archived.put(resource.path("name").asString(""), fields);
		}
		for (Table table : catalogue.tables()) {
			if (!table.columns().stream().map(Column::name).toList().equals(archived.remove(table.name()))) {
				throw new HandoverRefused("damaged", table.fileName());
			}
		}
		if (!archived.isEmpty()) {
			throw new HandoverRefused("damaged", archived.keySet().iterator().next());
		}
		try (Statement statement = connection.createStatement()) {
			// the fresh program's seeded configuration and its first administrator give way to the archive's; the
			// append-only tables refuse TRUNCATE by a trigger, set aside for this statement of this transaction only
			List<String> guarded = truncateGuarded(catalogue);
			for (String table : guarded) {
				statement.execute("ALTER TABLE \"" + table + "\" DISABLE TRIGGER USER");
			}
			statement.execute("TRUNCATE " + catalogue.tables()
				.stream()
				.map(table -> "\"" + table.name() + "\"")
				.collect(Collectors.joining(", ")) + " CASCADE");
			for (String table : guarded) {
				statement.execute("ALTER TABLE \"" + table + "\" ENABLE TRIGGER USER");
			}
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		for (Table table : catalogue.tables()) {
			counts.put(table.name(), loadTable(zip, table));
		}
		resetSequences(catalogue);
		return counts;
	}

	/** The tables whose own triggers refuse a TRUNCATE (their TRUNCATE bit, 1 << 5, set). */
	private List<String> truncateGuarded(ProgramCatalogue catalogue) throws SQLException {
		List<String> guarded = new ArrayList<>();
		try (PreparedStatement find = connection.prepareStatement("""
				SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
				JOIN pg_namespace n ON n.oid = c.relnamespace
				WHERE n.nspname = current_schema() AND NOT t.tgisinternal AND (t.tgtype & 32) <> 0
				ORDER BY c.relname""");
				ResultSet rows = find.executeQuery()) {
			while (rows.next()) {
				String table = rows.getString(1);
				if (catalogue.tables().stream().anyMatch(t -> t.name().equals(table))) {
					guarded.add(table);
				}
			}
		}
		return guarded;
	}

	private long loadTable(ZipFile zip, Table table) throws IOException, SQLException {
		ZipEntry entry = zip.getEntry(table.fileName());
		if (entry == null) {
			throw new HandoverRefused("damaged", table.fileName());
		}
		String insert = "INSERT INTO \"" + table.name() + "\" ("
				+ table.columns().stream().map(c -> "\"" + c.name() + "\"").collect(Collectors.joining(", "))
				+ ") OVERRIDING SYSTEM VALUE VALUES (" + table.columns()
					.stream()
					.map(c -> c.binary() ? "?" : "CAST(? AS " + c.sqlType() + ")")
					.collect(Collectors.joining(", "))
				+ ")";
		long count = 0;
		try (Reader reader = new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8);
				CSVParser csv = CSVParser.parse(reader, ArchiveFormat.CSV);
				PreparedStatement statement = connection.prepareStatement(insert)) {
			int columns = table.columns().size();
			for (CSVRecord record : csv) {
				if (record.getRecordNumber() == 1) {
					// the header names the columns in this program's order: a file whose columns were moved (in a
					// spreadsheet, say) would load values into the wrong columns whenever the types allow it
					if (!record.toList().equals(table.columns().stream().map(Column::name).toList())) {
						throw new HandoverRefused("invalid", table.fileName(), record.getRecordNumber());
					}
					continue;
				}
				if (record.size() != columns) {
					throw new HandoverRefused("invalid", table.fileName(), record.getRecordNumber());
				}
				for (int i = 0; i < columns; i++) {
					Column column = table.columns().get(i);
					String value = record.get(i);
					if (value == null) {
						statement.setNull(i + 1, column.binary() ? Types.BINARY : Types.VARCHAR);
					}
					else if (column.binary()) {
						statement.setBytes(i + 1, fileBytes(zip, table, value));
					}
					else {
						statement.setString(i + 1, value);
					}
				}
				statement.addBatch();
				if (++count % ROWS_PER_BATCH == 0) {
					execute(statement, table, record.getRecordNumber());
				}
			}
			execute(statement, table, count + 1);
		}
		catch (java.io.UncheckedIOException | IllegalStateException ex) {
			throw new HandoverRefused("invalid", table.fileName(), count + 2);
		}
		return count;
	}

	private void execute(PreparedStatement statement, Table table, long line) throws SQLException {
		try {
			statement.executeBatch();
		}
		catch (SQLException ex) {
			throw new HandoverRefused("invalid", table.fileName(), line);
		}
	}

	private static byte[] fileBytes(ZipFile zip, Table table, String path) throws IOException {
		ZipEntry file = path.startsWith("files/" + table.name() + "/") ? zip.getEntry(path) : null;
		if (file == null) {
			throw new HandoverRefused("damaged", path);
		}
		try (InputStream in = zip.getInputStream(file)) {
			return in.readAllBytes();
		}
	}

	private void resetSequences(ProgramCatalogue catalogue) throws SQLException {
		for (Table table : catalogue.tables()) {
			for (Column column : table.columns()) {
				try (PreparedStatement find = connection.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
					find.setString(1, "\"" + table.name() + "\"");
					find.setString(2, column.name());
					try (ResultSet sequence = find.executeQuery()) {
						if (sequence.next() && sequence.getString(1) != null) {
							try (Statement reset = connection.createStatement()) {
								reset.execute("SELECT setval('" + sequence.getString(1).replace("'", "''")
										+ "', COALESCE(max(\"" + column.name() + "\"), 0) + 1, false) FROM \""
										+ table.name() + "\"");
							}
						}
					}
				}
			}
		}
	}

}
