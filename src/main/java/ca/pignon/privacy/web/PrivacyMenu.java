package ca.pignon.privacy.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ca.pignon.platform.MenuEntry;
import ca.pignon.platform.Role;

/** The menu's links: a merchant's own data; the requests; who is in charge of personal information. */
@Configuration(proxyBeanMethods = false)
class PrivacyMenu {

	@Bean
	MenuEntry privacyMenuEntry() {
		return new MenuEntry("privacy.nav.myData", "/privacy/my", 80, Set.of(Role.MERCHANT));
	}

	@Bean
	MenuEntry privacyRequestsMenuEntry() {
		return new MenuEntry("privacy.nav.requests", "/privacy/requests", 80, Set.of(Role.MANAGER, Role.ADMIN));
	}

	@Bean
	MenuEntry privacyRetentionMenuEntry() {
		return new MenuEntry("privacy.nav.retention", "/privacy/retention", 82, Set.of(Role.MANAGER, Role.ADMIN));
	}

	@Bean
	MenuEntry privacyOfficersMenuEntry() {
		return new MenuEntry("privacy.nav.officers", "/privacy/officers", 920, Set.of(Role.ADMIN));
	}

}
