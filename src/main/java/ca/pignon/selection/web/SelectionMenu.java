package ca.pignon.selection.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ca.pignon.platform.MenuEntry;
import ca.pignon.platform.Role;

/**
 * The menu's links to selection: the rounds for those who run them, the reviews for those who score.
 */
@Configuration(proxyBeanMethods = false)
class SelectionMenu {

	@Bean
	MenuEntry selectionRoundsMenuEntry() {
		return new MenuEntry("layout.nav.selection", "/selection/rounds", 30, Set.of(Role.MANAGER, Role.ADMIN));
	}

	@Bean
	MenuEntry selectionReviewsMenuEntry() {
		return new MenuEntry("layout.nav.reviews", "/selection/reviews", 50, Set.of(Role.ADVISOR, Role.MANAGER));
	}

}
