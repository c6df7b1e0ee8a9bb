package ca.pignon.platform;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Where the embedded database is turned off ({@code pignon.database.embedded=false}, as the {@code prod} profile does),
 * an instance without {@code SPRING_DATASOURCE_URL} refuses to start, before any bean is made, instead of silently
 * starting a database of its own that no other instance sees. Spring Boot prints the one line of
 * {@link NotConfiguredAnalysis} in its failure report.
 */
@Configuration(proxyBeanMethods = false)
class ProductionDatabase {

	static final String MISSING = "No database configured: set SPRING_DATASOURCE_URL (and SPRING_DATASOURCE_USERNAME, "
			+ "SPRING_DATASOURCE_PASSWORD) to the shared PostgreSQL; the prod profile never starts an embedded one.";

	@Bean
	static BeanFactoryPostProcessor requireAnExternalDatabase(Environment environment) {
		return beanFactory -> {
			boolean embedded = environment.getProperty("pignon.database.embedded", Boolean.class, true);
			if (!embedded && environment.getProperty("spring.datasource.url", "").isBlank()) {
				throw new NotConfigured();
			}
		};
	}

	static final class NotConfigured extends IllegalStateException {

		NotConfigured() {
			super(MISSING);
		}

	}

	static final class NotConfiguredAnalysis extends AbstractFailureAnalyzer<NotConfigured> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, NotConfigured cause) {
			return new FailureAnalysis(MISSING,
					"export SPRING_DATASOURCE_URL=jdbc:postgresql://<host>:5432/<database> (see docs/operations.md)",
					cause);
		}

	}

}
