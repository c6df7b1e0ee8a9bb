package ca.pignon.followup.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import ca.pignon.platform.ModuleRoutes;

import static ca.pignon.platform.ModuleRoutes.staff;

/**
 * Who may reach the pages of the follow-up.
 */
@Component
class FollowupRoutes implements ModuleRoutes {

	@Override
	public void web(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		// follow-up: the caseload and each dossier for its advisor and managers (the controllers check the object:
		// the advisor's caseload); the merchant's own calendar; the calendar feed answers to its secret alone
		requests.requestMatchers("/followup", "/followup/merchants/**")
			.hasAnyRole(staff())
			.requestMatchers("/followup/my/**")
			.hasRole("MERCHANT")
			.requestMatchers(HttpMethod.GET, "/followup/calendar/*/pignon.ics")
			.permitAll();
	}

}
