package ca.pignon.handover.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.flywaydb.core.api.MigrationVersion;

/**
 * What the archive holds, read from PostgreSQL's catalogue rather than from any module: every table of the schema
 * (so that a new table is covered by construction), its columns and primary key, minus the {@link #EXCLUDED} tables
 * and {@link #SECRET_COLUMNS}, each with its reason. Tables come in foreign-key order: a table after every table it
 * refers to.
 */
public final class ProgramCatalogue {

	/** Tables that are not the program, or hold secrets; the reason of each is part of the contract (tests read it). */
	public static final Map<String, String> EXCLUDED = Map.ofEntries(
			Map.entry("flyway_schema_history", "Flyway's own record: the archive carries the schema version instead"),
			Map.entry("spring_session", "web sessions of the old instance: people sign in again"),
			Map.entry("spring_session_attributes", "web sessions of the old instance: people sign in again"),
			Map.entry("shedlock", "locks of scheduled work, meaningful only while the old instance runs"),
			Map.entry("scheduled_tasks", "db-scheduler's queue of the old instance (web audit jobs are re-run)"),
			Map.entry("event_publication",
					"the old instance's event log; completed events are pruned anyway, let it drain before exporting"),
			Map.entry("platform_account_token", "secret: one-time links (verification, password, setup)"),
			Map.entry("platform_api_token", "secret: API tokens; the new operator issues new ones"),
			Map.entry("privacy_pending_request",
					"secret: unconfirmed public requests waiting on a one-time link (expire in days)"),
			Map.entry("platform_login_failure", "sign-in throttling of the last minutes, keyed by hashes"),
			Map.entry("platform_mail", "the mail outbox: mails hold one-time links, and sent mails are not the program"),
			Map.entry("platform_mail_request",
					"mail requests of the outbox; pending ones would send the old instance's links again"));

	/** Columns that hold secrets: left out of the archive, empty (NULL) after an import. */
	public static final Map<String, String> SECRET_COLUMNS = Map.of("followup_dossier.calendar_token",
			"secret: a dossier's calendar feed address; the advisor makes a new one",
			"providers_request.link_hash", "secret: the hash of a provider's one-time link to a brief");

	private final List<Table> tables;

	private ProgramCatalogue(List<Table> tables) {
		this.tables = tables;
	}

	public List<Table> tables() {
		return tables;
	}

	/** Every table of the current schema, excluded or not, in name order. */
	public static List<String> allTables(Connection connection) throws SQLException {
		List<String> names = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement("""
				SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.relname""");
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		return names;
	}

	public static ProgramCatalogue read(Connection connection) throws SQLException {
		Map<String, Table> byName = new TreeMap<>();
		for (String name : allTables(connection)) {
			if (!EXCLUDED.containsKey(name.toLowerCase(Locale.ROOT))) {
				byName.put(name, new Table(name, columns(connection, name), primaryKey(connection, name)));
			}
		}
		return new ProgramCatalogue(inForeignKeyOrder(byName, references(connection)));
	}

	/** The Flyway version of the schema: the highest applied migration. */
	public static String schemaVersion(Connection connection) throws SQLException {
		MigrationVersion highest = null;
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL");
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				MigrationVersion version = MigrationVersion.fromVersion(rows.getString(1));
				if (highest == null || version.compareTo(highest) > 0) {
					highest = version;
				}
			}
		}
		if (highest == null) {
			throw new SQLException("no Flyway migration applied");
		}
		return highest.getVersion();
	}

	private static List<Column> columns(Connection connection, String table) throws SQLException {
		List<Column> columns = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement("""
				SELECT a.attname, format_type(a.atttypid, a.atttypmod), t.typname, t.typcategory, a.attnotnull
				FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
				WHERE a.attrelid = to_regclass(quote_ident(?)) AND a.attnum > 0 AND NOT a.attisdropped
				  AND a.attgenerated = ''
				ORDER BY a.attnum""")) {
			statement.setString(1, table);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					String name = rows.getString(1);
					if (!SECRET_COLUMNS.containsKey(table.toLowerCase(Locale.ROOT) + "." + name)) {
						columns.add(new Column(name, rows.getString(2), rows.getString(3), rows.getString(4),
								rows.getBoolean(5)));
					}
				}
			}
		}
		return columns;
	}

	private static List<String> primaryKey(Connection connection, String table) throws SQLException {
		List<String> key = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement("""
				SELECT a.attname FROM pg_index i
				JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey::int2[])
				WHERE i.indrelid = to_regclass(quote_ident(?)) AND i.indisprimary
				ORDER BY array_position(i.indkey::int2[], a.attnum)""")) {
			statement.setString(1, table);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					key.add(rows.getString(1));
				}
			}
		}
		return key;
	}

	private static Map<String, Set<String>> references(Connection connection) throws SQLException {
		Map<String, Set<String>> references = new TreeMap<>();
		try (PreparedStatement statement = connection.prepareStatement("""
				SELECT c.relname, r.relname FROM pg_constraint k
				JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class r ON r.oid = k.confrelid
				JOIN pg_namespace n ON n.oid = c.relnamespace
				WHERE k.contype = 'f' AND n.nspname = current_schema()""");
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				references.computeIfAbsent(rows.getString(1), table -> new LinkedHashSet<>()).add(rows.getString(2));
			}
		}
		return references;
	}

	/** Tables in name order, each moved after the tables it refers to (a reference to itself aside). */
	private static List<Table> inForeignKeyOrder(Map<String, Table> byName, Map<String, Set<String>> references) {
		Map<String, Table> ordered = new LinkedHashMap<>();
		while (ordered.size() < byName.size()) {
			int before = ordered.size();
			for (Table table : byName.values()) {
				if (!ordered.containsKey(table.name()) && references.getOrDefault(table.name(), Set.of())
					.stream()
					.allMatch(target -> target.equals(table.name()) || ordered.containsKey(target)
							|| !byName.containsKey(target))) {
					ordered.put(table.name(), table);
				}
			}
			if (ordered.size() == before) {
				throw new IllegalStateException("foreign keys form a cycle among " + byName.keySet());
			}
		}
		return List.copyOf(ordered.values());
	}

	/** One table of the archive. */
	public record Table(String name, List<Column> columns, List<String> primaryKey) {

		public String fileName() {
			return "data/" + name + ".csv";
		}

		public boolean hasFiles() {
			return columns.stream().anyMatch(Column::binary);
		}

	}

	/**
	 * One column.
	 * @param sqlType its type as PostgreSQL writes it ({@code format_type}), to cast the text back on import
	 */
	public record Column(String name, String sqlType, String typeName, String category, boolean notNull) {

		public boolean binary() {
			return typeName.equals("bytea");
		}

		/**
		 * The column as a sort key that gives the same order on every server: text compared byte by byte, whatever
		 * the database's collation (a successor's server may sort accents differently).
		 */
		public String sortKey() {
			return "\"" + name + "\"" + (category.equals("S") ? " COLLATE \"C\"" : "");
		}

		/** The SQL that reads the column as the archive's text. */
		public String exportExpression() {
			String column = "\"" + name + "\"";
			return switch (typeName) {
				case "timestamptz" -> "to_char(" + column + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
				case "timestamp" -> "to_char(" + column + ", 'YYYY-MM-DD\"T\"HH24:MI:SS.US')";
				case "bool" -> "CASE WHEN " + column + " THEN 'true' WHEN NOT " + column + " THEN 'false' END";
				case "bytea" -> "CASE WHEN " + column + " IS NOT NULL THEN '' END";
				default -> column + "::text";
			};
		}

		/** The Frictionless Data Package type of the column. */
		public String frictionlessType() {
			if (category.equals("A")) {
				return "string";
			}
			return switch (typeName) {
				case "int2", "int4", "int8" -> "integer";
				case "numeric", "float4", "float8" -> "number";
				case "bool" -> "boolean";
				case "timestamptz", "timestamp" -> "datetime";
				case "date" -> "date";
				case "time", "timetz" -> "time";
				case "interval" -> "duration";
				default -> "string";
			};
		}

	}

}
