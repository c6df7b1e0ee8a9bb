package ca.pignon.platform;

import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What operators watch, read from PostgreSQL at each scrape, so that every instance gives the same figures
 * ({@code /actuator/prometheus} on the management port; docs/operations.md says when to worry). Counters of what one
 * instance did are kept where it happens: {@code pignon_signin_failures_total} ({@link LoginThrottle}),
 * {@code pignon_reminders_sent_total} (progress's reminder digests).
 */
@Component
class PignonMetrics implements MeterBinder {

	private final JdbcClient jdbc;

	PignonMetrics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		gauge(registry, "pignon.outbox.waiting", "Mails waiting in the outbox (not yet accepted by the SMTP server)", null,
				() -> number("SELECT count(*) FROM platform_mail WHERE sent_at IS NULL"));
		gauge(registry, "pignon.outbox.oldest.age", "Age of the oldest mail waiting in the outbox (0 when none)",
				"seconds", () -> number("""
						SELECT coalesce(extract(epoch FROM now() - min(created_at)), 0)
						FROM platform_mail WHERE sent_at IS NULL"""));
		gauge(registry, "pignon.event.publications.incomplete",
				"Event publications a listener has not completed yet (Spring Modulith's registry)", null,
				() -> number("SELECT count(*) FROM event_publication WHERE completion_date IS NULL"));
	}

	private static void gauge(MeterRegistry registry, String name, String description, String unit,
			Supplier<Number> value) {
		Gauge.builder(name, value).description(description).baseUnit(unit).strongReference(true).register(registry);
	}

	private Number number(String sql) {
		return jdbc.sql(sql).query(Double.class).single();
	}

}
