package ca.pignon.platform;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Staff accounts for evaluation, in the {@code demo} profile only: the only place where Pignon knows a password.
 */
@Component
@Profile("demo")
class DemoAccounts {

	static final String PASSWORD = "demo-pignon-2026";

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private record Demo(String email, String name, Role role) {
	}

	private static final List<Demo> STAFF = List.of(new Demo("admin@demo.pignon.test", "Alice Admin (démo)", Role.ADMIN),
			new Demo("gestion@demo.pignon.test", "Gabriel Gestion (démo)", Role.MANAGER),
			new Demo("conseil@demo.pignon.test", "Camille Conseil (démo)", Role.ADVISOR),
			new Demo("ville@demo.pignon.test", "Victor Ville (démo)", Role.CITY));

	private final AccountManagement accounts;

	private final Accounts repository;

	DemoAccounts(AccountManagement accounts, Accounts repository) {
		this.accounts = accounts;
		this.repository = repository;
	}

	@Order(0)
	@EventListener(ApplicationReadyEvent.class)
	void seed() {
		for (Demo demo : STAFF) {
			if (repository.findByEmail(demo.email()).isEmpty()) {
				accounts.createVerified(demo.email(), PASSWORD, demo.name(), demo.role());
			}
		}
		log.warn("DEMO profile: fictional data; staff accounts {} share the password '{}'. Never use in production.",
				STAFF.stream().map(Demo::email).toList(), PASSWORD);
	}

}
