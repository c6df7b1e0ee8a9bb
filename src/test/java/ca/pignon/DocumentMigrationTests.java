package ca.pignon;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import ca.pignon.diagnostic.internal.BankCatalogue;
import ca.pignon.plan.internal.CatalogueShelf;
import ca.pignon.selection.CriterionDefinition;
import ca.pignon.selection.CriterionGroup;
import ca.pignon.selection.internal.DefaultGrid;
import ca.pignon.selection.internal.GridSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The move of the question bank's, the action catalogue's and the grid's versions to platform's store, on a database
 * of its own that holds what the old tables held: every version keeps its number, its text and who published it.
 * ({@code @AutoConfigureMockMvc}, unused here, lets the intake tests' cached Spring context serve this class.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentMigrationTests {

	/** The migration that moves the documents. */
	static final MigrationVersion THE_STORE = MigrationVersion.fromVersion("20261207.1415");

	@Autowired
	Environment environment;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyVersionMovesToTheStoreWithItsNumberItsTextAndWhoPublishedIt() throws Exception {
		String database = "pignon_migration_" + ProcessHandle.current().pid();
		jdbc.sql("CREATE DATABASE " + database).update();
		try {
			DataSource dataSource = dataSource(database);
			JdbcClient db = JdbcClient.create(dataSource);
			// given the old tables, as the modules wrote them
			flyway(dataSource, before(dataSource, THE_STORE)).migrate();
			UUID author = UUID.randomUUID();
			db.sql("""
					INSERT INTO platform_account (id, email, display_name, role, created_at)
					VALUES (:id, 'gaby@example.org', 'Gaby Gestion', 'MANAGER', now())""").param("id", author).update();
			String bank = BankCatalogue.shippedSource();
			String edited = bank.replace("Avez-vous un site web ?", "Avez-vous un site Web ?");
			oldDocument(db, "diagnostic_bank", 1, bank, "diagnostic/question-bank.yaml", "Pignon");
			oldDocument(db, "diagnostic_bank", 2, edited, null, "Hélène Gagnon");
			oldDocument(db, "plan_catalogue", 1, CatalogueShelf.shippedSource(), null, "Pignon");
			List<CriterionDefinition> revised = new ArrayList<>(DefaultGrid.CRITERIA);
			revised.add(CriterionDefinition.reviewer("NO", CriterionGroup.IMPACT, 5, 3)
				.labelled("Achat « local » \"d’ici\"", "Local\\purchasing: #1", "Première ligne\nseconde\tligne", null));
			oldGrid(db, 1, DefaultGrid.CRITERIA, null, "Pignon");
			oldGrid(db, 2, revised, author, "Gaby Gestion (ancien nom)");
			// when
			flyway(dataSource, MigrationVersion.LATEST).migrate();
			// then
			assertThat(db.sql("SELECT kind || ' ' || version FROM platform_document ORDER BY kind, version")
				.query(String.class)
				.list()).containsExactly("diagnostic.bank 1", "diagnostic.bank 2", "plan.catalogue 1", "selection.grid 1",
						"selection.grid 2");
			assertThat(row(db, "diagnostic.bank", 2)).containsExactly(edited, checksum(edited), "Hélène Gagnon", null);
			assertThat(row(db, "diagnostic.bank", 1)).containsExactly(bank, checksum(bank), "Pignon", null);
			String grid = GridSource.write(revised);
			assertThat(row(db, "selection.grid", 2)).containsExactly(grid, checksum(grid), "Gaby Gestion (ancien nom)",
					author);
			assertThat(GridSource.read(grid).document()).isEqualTo(revised);
			// the shipped grid moves as the very text a new database starts with
			assertThat(row(db, "selection.grid", 1).get(0)).isEqualTo(GridSource.write(DefaultGrid.CRITERIA));
			// the old tables are gone, and no foreign key pointed at them any more
			assertThat(db.sql("""
					SELECT count(*) FROM information_schema.tables
					WHERE table_name IN ('diagnostic_bank', 'plan_catalogue', 'selection_grid', 'selection_criterion')""")
				.query(Integer.class)
				.single()).isZero();
			assertThatThrownBy(() -> db.sql("UPDATE platform_document SET note = 'x'").update())
				.hasMessageContaining("never changes");
		}
		finally {
			jdbc.sql("DROP DATABASE IF EXISTS " + database).update();
		}
	}

	private static void oldDocument(JdbcClient db, String table, int version, String source, String note, String by)
			throws Exception {
		db.sql("INSERT INTO " + table + """
				 (version, source, checksum, note, published_at, published_by)
				VALUES (:version, :source, :checksum, :note, now(), :by)""")
			.param("version", version)
			.param("source", source)
			.param("checksum", checksum(source))
			.param("note", note)
			.param("by", by)
			.update();
	}

	/** As the grid's old catalogue wrote a version: a row, then its criteria in order. */
	private static void oldGrid(JdbcClient db, int version, List<CriterionDefinition> criteria, UUID byId,
			String byName) {
		db.sql("""
				INSERT INTO selection_grid (version, created_at, created_by_id, created_by_name)
				VALUES (:version, now(), :byId, :byName)""")
			.param("version", version)
			.param("byId", byId)
			.param("byName", byName)
			.update();
		int position = 0;
		for (CriterionDefinition criterion : criteria) {
			db.sql("""
					INSERT INTO selection_criterion (grid_version, position, code, criterion_group, kind, rule,
					  points_table, weight, max_value, label_fr, label_en, help_fr, help_en)
					VALUES (:version, :position, :code, :group, :kind, :rule, :points, :weight, :max, :labelFr,
					  :labelEn, :helpFr, :helpEn)""")
				.param("version", version)
				.param("position", position++)
				.param("code", criterion.code())
				.param("group", criterion.group().name())
				.param("kind", criterion.kind().name())
				.param("rule", criterion.rule() == null ? null : criterion.rule().name())
				.param("points", criterion.pointsTable())
				.param("weight", criterion.weight())
				.param("max", criterion.max())
				.param("labelFr", criterion.labelFr())
				.param("labelEn", criterion.labelEn())
				.param("helpFr", criterion.helpFr())
				.param("helpEn", criterion.helpEn())
				.update();
		}
	}

	private static List<Object> row(JdbcClient db, String kind, int version) {
		return db.sql("""
				SELECT source, checksum, published_by_name, published_by_account FROM platform_document
				WHERE kind = :kind AND version = :version""")
			.param("kind", kind)
			.param("version", version)
			.query((rs, n) -> {
				List<Object> values = new ArrayList<>();
				for (int i = 1; i <= 4; i++) {
					values.add(rs.getObject(i));
				}
				return values;
			})
			.single();
	}

	private DataSource dataSource(String database) {
		String url = environment.getRequiredProperty("spring.datasource.url");
		int slash = url.lastIndexOf('/');
		int query = url.indexOf('?', slash);
		return new DriverManagerDataSource(url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query)),
				environment.getProperty("spring.datasource.username", ""),
				environment.getProperty("spring.datasource.password", ""));
	}

	/** The last migration before this one (Flyway migrates only up to a version that exists). */
	private static MigrationVersion before(DataSource dataSource, MigrationVersion migration) {
		return Arrays.stream(flyway(dataSource, MigrationVersion.LATEST).info().all())
			.map(MigrationInfo::getVersion)
			.filter(version -> version.compareTo(migration) < 0)
			.max(Comparator.naturalOrder())
			.orElseThrow();
	}

	private static Flyway flyway(DataSource dataSource, MigrationVersion target) {
		return Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration")
			.target(target)
			.load();
	}

	private static String checksum(String source) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8)));
	}

}
