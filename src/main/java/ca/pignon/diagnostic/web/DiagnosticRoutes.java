package ca.pignon.diagnostic.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import ca.pignon.platform.ModuleRoutes;

import static ca.pignon.platform.ModuleRoutes.managers;
import static ca.pignon.platform.ModuleRoutes.staff;

/**
 * Who may reach the pages of the diagnostic.
 */
@Component
class DiagnosticRoutes implements ModuleRoutes {

	@Override
	public void web(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		// diagnostic: the merchant's own page; the question bank for managers; an application's diagnostics and
		// completing one for staff; the questionnaire and the result for the merchant and staff (the controllers
		// check the object: the merchant's own, the advisor's caseload)
		requests.requestMatchers("/diagnostic/my", "/diagnostic/my/**")
			.hasRole("MERCHANT")
			.requestMatchers("/diagnostic/bank", "/diagnostic/bank/**")
			.hasAnyRole(managers())
			.requestMatchers("/diagnostic/applications/**", "/diagnostic/*/complete")
			.hasAnyRole(staff())
			.requestMatchers("/diagnostic/*/dimensions/*", "/diagnostic/*/result", "/diagnostic/*/result.pdf")
			.hasAnyRole("MERCHANT", "ADVISOR", "MANAGER", "ADMIN");
	}

}
