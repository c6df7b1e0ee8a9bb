package ca.pignon.selection.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import ca.pignon.platform.ModuleRoutes;

import static ca.pignon.platform.ModuleRoutes.managers;
import static ca.pignon.platform.ModuleRoutes.staff;

/**
 * Who may reach the pages of selection.
 */
@Component
class SelectionRoutes implements ModuleRoutes {

	@Override
	public void web(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		// reviewers score what they are assigned; a dossier's timeline is for managers and its advisor (the
		// controllers check the object: assignment, current advisor)
		requests.requestMatchers("/selection/reviews", "/selection/reviews/**", "/selection/applications/*/timeline")
			.hasAnyRole(staff())
			// the grid, rounds, the ranking, decisions and advisors: managers
			.requestMatchers("/selection", "/selection/**")
			.hasAnyRole(managers());
	}

}
