package ca.pignon.providers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.platform.Dates;

/**
 * Clearly fictional vetted providers ("(démo)", addresses under {@code .demo.pignon.test}), for evaluation (profile
 * {@code demo} only): six approved, three of them offering a website, and one application waiting to be vetted. Seeded
 * once: a directory that holds demo providers is left as it is.
 */
@Component
@Profile("demo")
class DemoProviders {

	private static final Logger log = LoggerFactory.getLogger(DemoProviders.class);

	private record Demo(String name, Set<String> services, Set<String> languages, boolean approved) {
	}

	private static final List<Demo> DEMOS = List.of(
			new Demo("Atelier Web Boréal (démo)", Set.of("website", "online-store"), Set.of("fr", "en"), true),
			new Demo("Studio Pixel Limoilou (démo)", Set.of("website", "photography"), Set.of("fr"), true),
			new Demo("Toile & Code coopérative (démo)", Set.of("website", "booking"), Set.of("fr"), true),
			new Demo("Caisses Saint-Roch Solutions (démo)", Set.of("point-of-sale", "accounting"), Set.of("fr", "en"),
					true),
			new Demo("Rendez-Vous Facile (démo)", Set.of("booking"), Set.of("fr"), true),
			new Demo("Sauvegarde Tranquille (démo)", Set.of("it-security"), Set.of("fr", "en"), true),
			new Demo("Boutique Express Charlesbourg (démo)", Set.of("online-store", "website"), Set.of("fr"), false));

	private final Directory directory;

	private final JdbcClient jdbc;

	private final ProvidersSettings settings;

	private final Clock clock;

	DemoProviders(Directory directory, JdbcClient jdbc, ProvidersSettings settings, Clock clock) {
		this.directory = directory;
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	@Order(5)
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	void seed() {
		if (directory.anyDemo()) {
			return;
		}
		LocalDate until = LocalDate.now(clock.withZone(Dates.PROGRAM_ZONE)).plusMonths(settings.approvalMonths());
		for (Demo demo : DEMOS) {
			String slug = demo.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
			ProviderId id = ProviderId.random();
			directory.insert(id, new ProviderApplication(demo.name(), "0000000000", "Personne fictive",
					slug + "@demo.pignon.test", "418 555-0199", "https://" + slug + ".demo.pignon.test",
					demo.services(), true, List.of(), demo.languages(), "Prix fictifs de démonstration",
					"https://" + slug + ".demo.pignon.test/realisations", "Référence fictive 1",
					"Référence fictive 2", true), clock.instant(), true);
			if (demo.approved()) {
				jdbc.sql("""
						UPDATE providers_provider SET status = 'APPROVED', neq_checked = TRUE, references_called = TRUE,
						  work_seen = TRUE, decided_at = now(), approved_until = :until
						WHERE id = :id""").param("id", id.value()).param("until", until).update();
			}
		}
		log.info("Demo: {} fictional providers in the directory", DEMOS.size());
	}

}
