package ca.pignon.intake.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import ca.pignon.platform.ModuleRoutes;

import static ca.pignon.platform.ModuleRoutes.staff;

/**
 * Who may reach the pages and the API of intake: anyone registers, merchants their own application, staff
 * review the applications.
 */
@Component
class IntakeRoutes implements ModuleRoutes {

	@Override
	public void web(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		// registration is open to anyone (the City, which only reads, is refused every write before this rule)
		requests.requestMatchers("/register", "/register/account", "/register/sent")
			.permitAll()
			.requestMatchers("/intake/my", "/intake/my/**")
			.hasRole("MERCHANT")
			// a merchant's SDC set by hand: managers, as for the SDC layer itself
			.requestMatchers(HttpMethod.POST, "/intake/applications/*/sdc")
			.hasAnyRole(ModuleRoutes.managers())
			.requestMatchers("/intake/applications", "/intake/applications/**")
			.hasAnyRole(staff());
	}

	@Override
	public void api(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/api/v1/intake/**")
			.hasAnyRole(staff())
			// the sector search is public: a merchant looks for their trade before having an account
			.requestMatchers(HttpMethod.GET, "/api/v1/sectors")
			.permitAll();
	}

}
