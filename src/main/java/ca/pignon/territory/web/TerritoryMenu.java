package ca.pignon.territory.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ca.pignon.platform.MenuEntry;
import ca.pignon.platform.Role;

/** The territory module's link: the SDC layer, for managers and administrators. */
@Configuration(proxyBeanMethods = false)
class TerritoryMenu {

	@Bean
	MenuEntry sdcMenuEntry() {
		return new MenuEntry("territory.nav.sdc", "/territory/sdc", 85, Set.of(Role.MANAGER, Role.ADMIN));
	}

}
