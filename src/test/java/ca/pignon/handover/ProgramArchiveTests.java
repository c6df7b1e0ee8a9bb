package ca.pignon.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import ca.pignon.handover.internal.ArchiveFormat;
import ca.pignon.handover.internal.ProgramCatalogue;
import ca.pignon.handover.internal.ProgramExport;
import ca.pignon.handover.internal.ProgramImport;
import ca.pignon.support.ScratchDatabase;

/**
 * The hand-over on the demo program: export, import into a second, freshly migrated database, export again, and the
 * data files are the same bytes; secrets never leave; damaged, forged or newer archives are refused, and a failure
 * in the middle of an import leaves the program empty.
 */
@SpringBootTest(properties = "pignon.test.context=handover-demo")
@ActiveProfiles("demo")
class ProgramArchiveTests {

	static final byte[] UPLOADED = "%PDF-1.7 une pièce justificative (démo)\n".getBytes(StandardCharsets.UTF_8);

	@Autowired
	HandoverManagement handover;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	@Autowired
	DataSource dataSource;

	@TempDir
	Path dir;

	byte[] exported() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		handover.export(out, null);
		return out.toByteArray();
	}

	@Test
	void exportImportExportGivesTheSameDataFilesByteForByte() throws Exception {
		UUID upload = UUID.randomUUID();
		jdbc.sql("INSERT INTO uploads_content (id, bytes) VALUES (:id, :bytes) ON CONFLICT DO NOTHING")
			.param("id", upload)
			.param("bytes", UPLOADED)
			.update();
		byte[] first = exported();
		Map<String, byte[]> before = Archives.entries(first);
		assertThat(before).containsKeys("datapackage.json", "manifest.sha256", "data/platform_account.csv",
				"data/dossier.csv", "data/intake_application.csv", "files/uploads_content/bytes/" + upload);
		assertThat(before.get("files/uploads_content/bytes/" + upload)).isEqualTo(UPLOADED);
		assertThat(Archives.text(before, "data/uploads_content.csv"))
			.contains("\"" + upload + "\",\"files/uploads_content/bytes/" + upload + "\"");
		assertThat(jdbc.sql("SELECT count(*) FROM intake_application").query(Long.class).single()).isPositive();

		try (ScratchDatabase second = new ScratchDatabase(environment, jdbc, "handover_round_trip")) {
			second.migrateToTheEnd();
			Path archive = Files.write(dir.resolve("program.zip"), first);
			Map<String, byte[]> after;
			try (Connection connection = second.dataSource().getConnection()) {
				Map<String, Long> counts = new ProgramImport(connection).load(archive);
				assertThat(counts.get("platform_account"))
					.isEqualTo(jdbc.sql("SELECT count(*) FROM platform_account").query(Long.class).single());
				ByteArrayOutputStream again = new ByteArrayOutputStream();
				new ProgramExport(connection, Instant.now().plusSeconds(3600)).writeTo(again);
				after = Archives.entries(again.toByteArray());
			}
			assertThat(after.keySet()).isEqualTo(before.keySet());
			for (String path : before.keySet()) {
				if (path.startsWith("data/") || path.startsWith("files/")) {
					assertThat(after.get(path)).as(path).isEqualTo(before.get(path));
				}
			}
			// only the creation time differs
			assertThat(Archives.text(after, "datapackage.json").replaceAll("\"created\" : \"[^\"]+\"", ""))
				.isEqualTo(Archives.text(before, "datapackage.json").replaceAll("\"created\" : \"[^\"]+\"", ""));
			assertThat(Archives.text(after, "datapackage.json")).isNotEqualTo(Archives.text(before, "datapackage.json"));
		}
	}

	@Test
	void everyTableOfTheSchemaIsExportedOrExcludedWithItsReason() throws Exception {
		jdbc.sql("CREATE TABLE handover_test_new_table (id int PRIMARY KEY, note text)").update();
		try (Connection connection = dataSource.getConnection()) {
			List<String> all = ProgramCatalogue.allTables(connection);
			List<String> exported = ProgramCatalogue.read(connection)
				.tables()
				.stream()
				.map(ProgramCatalogue.Table::name)
				.toList();
			assertThat(exported).contains("handover_test_new_table");
			for (String table : all) {
				assertThat(exported.contains(table) || ProgramCatalogue.EXCLUDED.containsKey(table))
					.as(table + " is neither exported nor excluded")
					.isTrue();
			}
			// no stale exclusion: each names a table of the schema
			assertThat(all).containsAll(ProgramCatalogue.EXCLUDED.keySet());
			assertThat(exported).doesNotContainAnyElementsOf(ProgramCatalogue.EXCLUDED.keySet());
		}
		finally {
			jdbc.sql("DROP TABLE handover_test_new_table").update();
		}
	}

	@Test
	void noSecretAppearsInTheArchiveButPasswordHashesDo() throws Exception {
		UUID admin = jdbc.sql("SELECT id FROM platform_account WHERE role = 'ADMIN' LIMIT 1").query(UUID.class).single();
		String oneTimeLink = "a1".repeat(32);
		String apiToken = "b2".repeat(32);
		String pending = "c3".repeat(32);
		String calendar = "calendar-secret-" + UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO platform_account_token (token_hash, account_id, purpose, created_at, expires_at)
				VALUES (:hash, :account, 'PASSWORD', now(), now() + interval '1 day')""")
			.param("hash", oneTimeLink)
			.param("account", admin)
			.update();
		jdbc.sql("""
				INSERT INTO platform_api_token (id, account_id, name, token_hash, prefix, created_at, expires_at)
				VALUES (:id, :account, 'automation', :hash, 'pgn_b2b2', now(), now() + interval '1 day')""")
			.param("id", UUID.randomUUID())
			.param("account", admin)
			.param("hash", apiToken)
			.update();
		jdbc.sql("""
				INSERT INTO privacy_pending_request (id, secret_hash, kind, name, email, details, language, created_at,
				  expires_at) VALUES (:id, :hash, 'ACCESS', 'Quelqu''un', 'quelquun@example.test', 'ma demande', 'fr',
				  now(), now() + interval '1 day')""")
			.param("id", UUID.randomUUID())
			.param("hash", pending)
			.update();
		jdbc.sql("UPDATE followup_dossier SET calendar_token = :token || application_id")
			.param("token", calendar)
			.update();

		String archive = Archives.entries(exported())
			.values()
			.stream()
			.map(bytes -> new String(bytes, StandardCharsets.UTF_8))
			.reduce("", String::concat);

		assertThat(archive).doesNotContain(oneTimeLink, apiToken, pending, calendar, "calendar_token", "link_hash");
		String passwordHash = jdbc.sql("SELECT password_hash FROM platform_account WHERE id = :id")
			.param("id", admin)
			.query(String.class)
			.single();
		assertThat(archive).contains(passwordHash);
	}

	@Test
	void nullAndTheEmptyStringStayApart() throws Exception {
		Map<String, byte[]> entries = Archives.entries(exported());
		try (CSVParser csv = CSVParser.parse(Archives.text(entries, "data/platform_account.csv"), ArchiveFormat.CSV)) {
			List<CSVRecord> records = csv.getRecords();
			List<String> header = records.get(0).toList();
			int passwordHash = header.indexOf("password_hash");
			assertThat(records.subList(1, records.size())).anySatisfy(r -> assertThat(r.get(passwordHash)).isNotNull());
		}
		// a NULL is nothing between the commas, an empty string is quoted
		byte[] csv = "\"a\",\"b\"\r\n,\"\"\r\n".getBytes(StandardCharsets.UTF_8);
		try (CSVParser parser = CSVParser.parse(new ByteArrayInputStream(csv), StandardCharsets.UTF_8,
				ArchiveFormat.CSV)) {
			CSVRecord row = parser.getRecords().get(1);
			assertThat(row.get(0)).isNull();
			assertThat(row.get(1)).isEmpty();
		}
		StringBuilder printed = new StringBuilder();
		ArchiveFormat.CSV.printRecord(printed, null, "", "x");
		assertThat(printed).hasToString(",\"\",\"x\"\r\n");
	}

	@Test
	void refusesADamagedArchiveANewerSchemaAndANonEmptyProgram() throws Exception {
		byte[] archive = exported();
		try (ScratchDatabase empty = new ScratchDatabase(environment, jdbc, "handover_refusals")) {
			empty.migrateToTheEnd();
			// a byte changed behind the manifest's back
			Map<String, byte[]> entries = Archives.entries(archive);
			byte[] accounts = entries.get("data/platform_account.csv");
			accounts[accounts.length / 2] ^= 1;
			assertThat(refusal(empty, Archives.zip(entries))).isEqualTo("damaged");
			// a newer schema, its manifest written again
			byte[] newer = Archives.changed(archive, "datapackage.json",
					json -> json.replaceFirst("\"pignonSchemaVersion\" : \"[^\"]+\"",
							"\"pignonSchemaVersion\" : \"99991231.2359\""));
			assertThat(refusal(empty, newer)).isEqualTo("newerSchema");
			byte[] older = Archives.changed(archive, "datapackage.json",
					json -> json.replaceFirst("\"pignonSchemaVersion\" : \"[^\"]+\"",
							"\"pignonSchemaVersion\" : \"20261127.2210\""));
			assertThat(refusal(empty, older)).isEqualTo("olderSchema");
			byte[] notAVersion = Archives.changed(archive, "datapackage.json",
					json -> json.replaceFirst("\"pignonSchemaVersion\" : \"[^\"]+\"",
							"\"pignonSchemaVersion\" : \"abc\""));
			assertThat(refusal(empty, notAVersion)).isEqualTo("damaged");
			// two columns swapped in a spreadsheet, the manifest written again: refused, never loaded askew
			byte[] swapped = Archives.changed(archive, "data/platform_account.csv", csv -> {
				String[] lines = csv.split("\r\n", 2);
				String[] names = lines[0].split(",");
				String first = names[0];
				names[0] = names[1];
				names[1] = first;
				return String.join(",", names) + "\r\n" + lines[1];
			});
			assertThat(refusal(empty, swapped)).isEqualTo("invalid");
			assertThat(refusal(empty, "not a zip".getBytes(StandardCharsets.UTF_8))).isEqualTo("notAnArchive");
			assertThat(empty.db.sql("SELECT count(*) FROM platform_account").query(Long.class).single()).isZero();
		}
		// this program has accounts and dossiers
		assertThatThrownBy(() -> handover.importFrom(new ByteArrayInputStream(archive), null))
			.isInstanceOfSatisfying(HandoverRefused.class, refused -> assertThat(refused.reason()).isEqualTo("notEmpty"));
	}

	@Test
	void aFailureInTheMiddleLeavesTheProgramEmpty() throws Exception {
		byte[] archive = exported();
		Map<String, byte[]> entries = Archives.entries(archive);
		List<String> tables = new ArrayList<>(entries.keySet().stream().filter(p -> p.startsWith("data/")).toList());
		// the last table loaded, given a row whose first value is no valid value of its type
		String late = tables.get(tables.size() - 1);
		String lateTable = late.substring("data/".length(), late.length() - ".csv".length());
		String header = Archives.text(entries, late).split("\r\n")[0];
		int columns = header.split("\",\"").length;
		String badRow = "\"not-a-valid-value-\u0000\"" + ",\"x\"".repeat(columns - 1) + "\r\n";
		byte[] corrupt = Archives.changed(archive, late, csv -> csv + badRow);
		try (ScratchDatabase empty = new ScratchDatabase(environment, jdbc, "handover_failure")) {
			empty.migrateToTheEnd();
			long documentsBefore = empty.db.sql("SELECT count(*) FROM platform_document").query(Long.class).single();

			assertThat(refusal(empty, corrupt)).isEqualTo("invalid");

			assertThat(empty.db.sql("SELECT count(*) FROM platform_account").query(Long.class).single()).isZero();
			assertThat(empty.db.sql("SELECT count(*) FROM intake_application").query(Long.class).single()).isZero();
			assertThat(empty.db.sql("SELECT count(*) FROM dossier").query(Long.class).single()).isZero();
			assertThat(empty.db.sql("SELECT count(*) FROM platform_document").query(Long.class).single())
				.isEqualTo(documentsBefore);
			assertThat(empty.db.sql("SELECT count(*) FROM \"" + lateTable + "\"").query(Long.class).single()).isZero();
		}
	}

	private String refusal(ScratchDatabase database, byte[] archive) throws Exception {
		Path file = Files.write(Files.createTempFile(dir, "archive-", ".zip"), archive);
		try (Connection connection = database.dataSource().getConnection()) {
			new ProgramImport(connection).load(file);
		}
		catch (HandoverRefused refused) {
			return refused.reason();
		}
		throw new AssertionError("the import was not refused");
	}

}
