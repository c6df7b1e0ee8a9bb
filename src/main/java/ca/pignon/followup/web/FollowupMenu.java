package ca.pignon.followup.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ca.pignon.platform.MenuEntry;
import ca.pignon.platform.Role;

/**
 * The menu's link to the follow-up of the merchants accompanied.
 */
@Configuration(proxyBeanMethods = false)
class FollowupMenu {

	@Bean
	MenuEntry followupMenuEntry() {
		return new MenuEntry("layout.nav.followup", "/followup", 40, Set.of(Role.ADVISOR, Role.MANAGER, Role.ADMIN));
	}

}
