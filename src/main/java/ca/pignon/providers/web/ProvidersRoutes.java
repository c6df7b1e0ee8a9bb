package ca.pignon.providers.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import ca.pignon.platform.ModuleRoutes;

import static ca.pignon.platform.ModuleRoutes.managers;
import static ca.pignon.platform.ModuleRoutes.staff;

/**
 * Who may reach the provider pages: anyone applies and answers through a provider's link; a provider signed in
 * reaches their profile and their requests only (every other provider page refuses the role); managers vet the
 * directory and read the neutrality report; a merchant's briefs are the merchant's and staff's, and the controller
 * asks the dossier's access rule on each.
 */
@Component
class ProvidersRoutes implements ModuleRoutes {

	@Override
	public void web(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/providers/apply", "/providers/apply/sent", "/providers/quotes/*")
			.permitAll()
			.requestMatchers("/providers/me", "/providers/me/**")
			.hasRole("PROVIDER")
			.requestMatchers("/providers/directory", "/providers/directory/**", "/providers/neutrality")
			.hasAnyRole(managers())
			.requestMatchers("/providers/briefs/*/conflicts/**")
			.hasAnyRole(managers())
			.requestMatchers("/providers/briefs", "/providers/interests", "/providers/interests/**")
			.hasAnyRole(staff())
			.requestMatchers("/providers/applications/**", "/providers/briefs/**")
			.hasAnyRole("MERCHANT", "ADVISOR", "MANAGER", "ADMIN");
	}

	@Override
	public void api(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/api/v1/providers/services")
			.permitAll()
			.requestMatchers("/api/v1/providers")
			.hasAnyRole(staff());
	}

}
