package ca.pignon.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL inside the application when no external server is configured, so that a newcomer needs
 * nothing installed. Its data lives under {@code PIGNON_DATA_DIR/postgres} and survives restarts. Never in the
 * {@code prod} profile ({@code pignon.database.embedded=false}): see {@link ProductionDatabase}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${pignon.database.embedded:true}")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(PlatformSettings settings) throws IOException {
		Path dataDir = settings.dataDir().toAbsolutePath();
		Path pgData = dataDir.resolve("postgres");
		Path binaries = dataDir.resolve("postgres-binaries");
		Files.createDirectories(pgData);
		Files.createDirectories(binaries);
		log.info("Starting the embedded PostgreSQL with its data in {}", pgData);
		return EmbeddedPostgres.builder()
			.setDataDirectory(pgData.toFile())
			.setCleanDataDirectory(false)
			.setOverrideWorkingDirectory(binaries.toFile())
			.setServerConfig("timezone", "UTC")
			// the bean's destroy method stops it, after everything that uses the database has stopped
			.setRegisterShutdownHook(false)
			.start();
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(20);
		dataSource.setPoolName("pignon-embedded");
		return dataSource;
	}

}
