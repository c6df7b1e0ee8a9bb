package ca.pignon.content.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ca.pignon.platform.MenuEntry;
import ca.pignon.platform.Role;

/** The content module's links in the main menu: the occasions for staff. */
@Configuration(proxyBeanMethods = false)
class ContentMenu {

	@Bean
	MenuEntry contentOccasionsMenuEntry() {
		return new MenuEntry("content.nav.occasions", "/content/occasions", 78,
				Set.of(Role.ADVISOR, Role.MANAGER, Role.ADMIN));
	}

}
