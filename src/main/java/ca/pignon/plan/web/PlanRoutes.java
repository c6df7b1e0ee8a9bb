package ca.pignon.plan.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import ca.pignon.platform.ModuleRoutes;

import static ca.pignon.platform.ModuleRoutes.managers;
import static ca.pignon.platform.ModuleRoutes.staff;

/**
 * Who may reach the pages of the action plan.
 */
@Component
class PlanRoutes implements ModuleRoutes {

	@Override
	public void web(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		// action plan: the merchant's own plan; the catalogue for managers; drafting, editing and sending for staff;
		// the document for the merchant and staff (the controllers check the object: the merchant's own once sent,
		// the advisor's caseload)
		requests.requestMatchers("/plan/my", "/plan/my/**")
			.hasRole("MERCHANT")
			.requestMatchers("/plan/catalogue", "/plan/catalogue/**")
			.hasAnyRole(managers())
			.requestMatchers("/plan/applications/**", "/plan/*/edit", "/plan/*/send")
			.hasAnyRole(staff())
			.requestMatchers("/plan/*/document", "/plan/*/document.pdf")
			.hasAnyRole("MERCHANT", "ADVISOR", "MANAGER", "ADMIN");
	}

}
