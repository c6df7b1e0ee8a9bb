package ca.pignon.platform;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Platform's own links, after every module's: administrators manage the accounts and read the mail outbox.
 */
@Configuration(proxyBeanMethods = false)
class AdminMenu {

	@Bean
	MenuEntry adminAccountsMenuEntry() {
		return new MenuEntry("layout.nav.accounts", "/admin/accounts", 900, Set.of(Role.ADMIN));
	}

	@Bean
	MenuEntry adminOutboxMenuEntry() {
		return new MenuEntry("layout.nav.outbox", "/admin/outbox", 910, Set.of(Role.ADMIN));
	}

}
