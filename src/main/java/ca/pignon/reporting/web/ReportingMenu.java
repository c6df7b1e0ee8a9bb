package ca.pignon.reporting.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ca.pignon.platform.MenuEntry;
import ca.pignon.platform.Role;

/** The reporting module's link in the main menu: the City's reports, for the City, managers and administrators. */
@Configuration(proxyBeanMethods = false)
class ReportingMenu {

	@Bean
	MenuEntry reportingMenuEntry() {
		return new MenuEntry("reporting.nav.reports", "/reports", 79, Set.of(Role.CITY, Role.MANAGER, Role.ADMIN));
	}

}
