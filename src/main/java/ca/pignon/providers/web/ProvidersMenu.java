package ca.pignon.providers.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ca.pignon.platform.MenuEntry;
import ca.pignon.platform.Role;

/**
 * The provider module's links in the main menu: briefs for staff, the directory and the report for managers, their
 * profile and their requests for a provider.
 */
@Configuration(proxyBeanMethods = false)
class ProvidersMenu {

	@Bean
	MenuEntry providersBriefsMenuEntry() {
		return new MenuEntry("providers.nav.briefs", "/providers/briefs", 75,
				Set.of(Role.ADVISOR, Role.MANAGER, Role.ADMIN));
	}

	@Bean
	MenuEntry providersDirectoryMenuEntry() {
		return new MenuEntry("providers.nav.directory", "/providers/directory", 76, Set.of(Role.MANAGER, Role.ADMIN));
	}

	@Bean
	MenuEntry providersNeutralityMenuEntry() {
		return new MenuEntry("providers.nav.neutrality", "/providers/neutrality", 77, Set.of(Role.MANAGER, Role.ADMIN));
	}

	@Bean
	MenuEntry providersProfileMenuEntry() {
		return new MenuEntry("providers.nav.profile", "/providers/me", 70, Set.of(Role.PROVIDER));
	}

	@Bean
	MenuEntry providersRequestsMenuEntry() {
		return new MenuEntry("providers.nav.myRequests", "/providers/me/requests", 71, Set.of(Role.PROVIDER));
	}

}
