package ca.pignon.plan.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ca.pignon.platform.MenuEntry;
import ca.pignon.platform.Role;

/**
 * The menu's link to the action catalogue, for those who run the program.
 */
@Configuration(proxyBeanMethods = false)
class PlanMenu {

	@Bean
	MenuEntry planCatalogueMenuEntry() {
		return new MenuEntry("layout.nav.planCatalogue", "/plan/catalogue", 70, Set.of(Role.MANAGER, Role.ADMIN));
	}

}
