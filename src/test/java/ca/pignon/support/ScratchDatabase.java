package ca.pignon.support;

import java.util.Arrays;
import java.util.Comparator;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of its own on the test's PostgreSQL server, for a migration's test: migrated up to just before the
 * migration, given rows as they were then, migrated to the end. Dropped when closed.
 */
public final class ScratchDatabase implements AutoCloseable {

	private final JdbcClient server;

	private final String name;

	private final DataSource dataSource;

	public final JdbcClient db;

	public ScratchDatabase(Environment environment, JdbcClient server, String purpose) {
		this.server = server;
		this.name = "pignon_" + purpose + "_" + ProcessHandle.current().pid();
		server.sql("CREATE DATABASE " + name).update();
		String url = environment.getRequiredProperty("spring.datasource.url");
		int slash = url.lastIndexOf('/');
		int query = url.indexOf('?', slash);
		this.dataSource = new DriverManagerDataSource(
				url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query)),
				environment.getProperty("spring.datasource.username", ""),
				environment.getProperty("spring.datasource.password", ""));
		this.db = JdbcClient.create(dataSource);
	}

	/** Migrates up to the last migration before this one (Flyway migrates only up to a version that exists). */
	public ScratchDatabase migratedBefore(String version) {
		MigrationVersion migration = MigrationVersion.fromVersion(version);
		MigrationVersion before = Arrays.stream(flyway(MigrationVersion.LATEST).info().all())
			.map(MigrationInfo::getVersion)
			.filter(v -> v.compareTo(migration) < 0)
			.max(Comparator.naturalOrder())
			.orElseThrow();
		flyway(before).migrate();
		return this;
	}

	public DataSource dataSource() {
		return dataSource;
	}

	public void migrateToTheEnd() {
		flyway(MigrationVersion.LATEST).migrate();
	}

	/** An account as platform's table held it. */
	public UUID account(String email, String displayName) {
		UUID id = UUID.randomUUID();
		db.sql("""
				INSERT INTO platform_account (id, email, display_name, role, created_at)
				VALUES (:id, :email, :name, 'ADVISOR', now())""")
			.param("id", id)
			.param("email", email)
			.param("name", displayName)
			.update();
		return id;
	}

	private Flyway flyway(MigrationVersion target) {
		return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load();
	}

	@Override
	public void close() {
		server.sql("DROP DATABASE IF EXISTS " + name).update();
	}

}
