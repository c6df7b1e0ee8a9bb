package ca.pignon.handover.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVPrinter;

import ca.pignon.handover.internal.ProgramCatalogue.Column;
import ca.pignon.handover.internal.ProgramCatalogue.Table;

/**
 * Writes the whole program as one ZIP: {@code datapackage.json}, a CSV per table under {@code data/} (rows in primary
 * key order, read through a cursor straight into the ZIP), the binary columns (the uploaded files) as files under
 * {@code files/}, and {@code manifest.sha256} last, in {@code sha256sum} format. One read-only, repeatable-read
 * transaction: every table as of the same moment.
 */
public final class ProgramExport {

	static final int ROWS_PER_FETCH = 500;

	static final int FILES_PER_FETCH = 4;

	private final Connection connection;

	private final Instant now;

	public ProgramExport(Connection connection, Instant now) {
		this.connection = connection;
		this.now = now.truncatedTo(ChronoUnit.SECONDS);
	}

	/** Writes the archive, then rolls the read-only transaction back; returns the number of rows per table. */
	public Map<String, Long> writeTo(OutputStream out) throws IOException, SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
		try (Statement settings = connection.createStatement()) {
			settings.execute("SET TRANSACTION READ ONLY");
			ArchiveFormat.textSettings(settings);
			ProgramCatalogue catalogue = ProgramCatalogue.read(connection);
			String schemaVersion = ProgramCatalogue.schemaVersion(connection);
			Map<String, Long> counts = write(out, catalogue, schemaVersion);
			return counts;
		}
		finally {
			connection.rollback();
			connection.setAutoCommit(autoCommit);
		}
	}

	private Map<String, Long> write(OutputStream out, ProgramCatalogue catalogue, String schemaVersion)
			throws IOException, SQLException {
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		Map<String, String> manifest = new LinkedHashMap<>();
		Map<String, Long> counts = new LinkedHashMap<>();
		entry(zip, ArchiveFormat.DATA_PACKAGE, manifest,
				stream -> stream.write(ArchiveFormat.dataPackage(catalogue, schemaVersion, now)));
		for (Table table : catalogue.tables()) {
			long[] rows = { 0 };
			entry(zip, table.fileName(), manifest, stream -> rows[0] = writeRows(table, stream));
			counts.put(table.name(), rows[0]);
			if (table.hasFiles()) {
				writeFiles(zip, table, manifest);
			}
		}
		entry(zip, ArchiveFormat.MANIFEST, null, stream -> stream.write(manifest.entrySet()
			.stream()
			.map(line -> line.getValue() + "  " + line.getKey() + "\n")
			.collect(Collectors.joining())
			.getBytes(StandardCharsets.UTF_8)));
		zip.finish();
		zip.flush();
		return counts;
	}

	private long writeRows(Table table, OutputStream stream) throws IOException, SQLException {
		Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
		CSVPrinter csv = new CSVPrinter(writer, ArchiveFormat.CSV);
		csv.printRecord(table.columns().stream().map(Column::name).toList());
		long count = 0;
		try (PreparedStatement select = connection.prepareStatement(selectText(table))) {
			select.setFetchSize(ROWS_PER_FETCH);
			try (ResultSet rows = select.executeQuery()) {
				List<String> record = new ArrayList<>(table.columns().size());
				while (rows.next()) {
					count++;
					record.clear();
					for (int i = 0; i < table.columns().size(); i++) {
						Column column = table.columns().get(i);
						String value = rows.getString(i + 1);
						record.add(column.binary() && value != null
								? ArchiveFormat.filePath(table, column, keyOf(table, rows), count) : value);
					}
					csv.printRecord(record);
				}
			}
		}
		csv.flush();
		return count;
	}

	private void writeFiles(ZipOutputStream zip, Table table, Map<String, String> manifest)
			throws IOException, SQLException {
		for (Column column : table.columns().stream().filter(Column::binary).toList()) {
			try (PreparedStatement select = connection.prepareStatement(selectText(table, column))) {
				select.setFetchSize(FILES_PER_FETCH);
				try (ResultSet rows = select.executeQuery()) {
					long row = 0;
					int index = table.columns().indexOf(column) + 1;
					while (rows.next()) {
						row++;
						byte[] bytes = rows.getBytes(index);
						if (bytes != null) {
							entry(zip, ArchiveFormat.filePath(table, column, keyOf(table, rows), row), manifest,
									stream -> stream.write(bytes));
						}
					}
				}
			}
		}
	}

	/** The single primary key column's value, which names the row's files; null for other keys. */
	private static String keyOf(Table table, ResultSet rows) throws SQLException {
		if (table.primaryKey().size() != 1) {
			return null;
		}
		for (int i = 0; i < table.columns().size(); i++) {
			if (table.columns().get(i).name().equals(table.primaryKey().get(0))) {
				return rows.getString(i + 1);
			}
		}
		return null;
	}

	static String selectText(Table table) {
		return selectText(table, null);
	}

	/** Every column as the archive's text, but {@code raw} (a file's bytes) as it is. */
	static String selectText(Table table, Column raw) {
		return "SELECT " + table.columns()
			.stream()
			.map(c -> c == raw ? "\"" + c.name() + "\"" : c.exportExpression())
			.collect(Collectors.joining(", ")) + " FROM \"" + table.name() + "\" ORDER BY " + orderOf(table);
	}

	/** The primary key; a table without one is ordered by all its columns as text. */
	static String orderOf(Table table) {
		if (!table.primaryKey().isEmpty()) {
			return table.primaryKey()
				.stream()
				.map(key -> table.columns().stream().filter(c -> c.name().equals(key)).findFirst().orElseThrow())
				.map(Column::sortKey)
				.collect(Collectors.joining(", "));
		}
		return table.columns()
			.stream()
			.map(c -> c.exportExpression() + " COLLATE \"C\"")
			.collect(Collectors.joining(", "));
	}

	private static final java.time.LocalDateTime ENTRY_TIME = java.time.LocalDateTime.of(1980, 1, 1, 0, 0);

	private interface Content {

		void writeTo(OutputStream stream) throws IOException, SQLException;

	}

	private static void entry(ZipOutputStream zip, String path, Map<String, String> manifest, Content content)
			throws IOException, SQLException {
		ZipEntry entry = new ZipEntry(path);
		// one fixed time on every entry, so that the same data give the same archive bytes (the creation time is in
		// datapackage.json); otherwise each entry would carry the moment it was written
		entry.setTimeLocal(ENTRY_TIME);
		zip.putNextEntry(entry);
		DigestOutputStream digest = new DigestOutputStream(new FilterOutputStream(zip) {

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				out.write(b, off, len);
			}

			@Override
			public void close() {
				// the ZIP stays open for the next entry
			}

		}, ArchiveFormat.sha256());
		content.writeTo(digest);
		digest.flush();
		zip.closeEntry();
		if (manifest != null) {
			manifest.put(path, java.util.HexFormat.of().formatHex(digest.getMessageDigest().digest()));
		}
	}

}
