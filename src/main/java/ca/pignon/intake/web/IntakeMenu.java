package ca.pignon.intake.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ca.pignon.platform.MenuEntry;
import ca.pignon.platform.Role;

/**
 * The menu's links to intake: the merchant's own application, and the applications staff review.
 */
@Configuration(proxyBeanMethods = false)
class IntakeMenu {

	@Bean
	MenuEntry intakeMyApplicationMenuEntry() {
		return new MenuEntry("layout.nav.myApplication", "/intake/my", 10, Set.of(Role.MERCHANT));
	}

	@Bean
	MenuEntry intakeApplicationsMenuEntry() {
		return new MenuEntry("layout.nav.applications", "/intake/applications", 20,
				Set.of(Role.ADVISOR, Role.MANAGER, Role.ADMIN));
	}

}
