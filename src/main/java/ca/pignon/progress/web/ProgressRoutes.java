package ca.pignon.progress.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import ca.pignon.platform.ModuleRoutes;

import static ca.pignon.platform.ModuleRoutes.staff;

/**
 * Who may reach the pages of carrying out the plan.
 */
@Component
class ProgressRoutes implements ModuleRoutes {

	@Override
	public void web(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		// carrying out the plan: the merchant's own; an application's for staff (the controller checks the advisor's
		// caseload)
		requests.requestMatchers("/progress/my", "/progress/my/**")
			.hasRole("MERCHANT")
			.requestMatchers("/progress/applications/**")
			.hasAnyRole(staff());
	}

}
