package ca.pignon.content.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import ca.pignon.platform.ModuleRoutes;

import static ca.pignon.platform.ModuleRoutes.staff;

/**
 * Who may reach the content pages: staff keep the occasions (confirm the local events' dates each year, add their
 * city's); a merchant's value work is the merchant's and staff's, and ValueManagement asks the dossier's access rule
 * on each; the occasions API is public.
 */
@Component
class ContentRoutes implements ModuleRoutes {

	@Override
	public void web(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/content/occasions", "/content/occasions/**")
			.hasAnyRole(staff())
			.requestMatchers("/content/my/**")
			.hasRole("MERCHANT")
			.requestMatchers("/content/applications/**")
			.hasAnyRole("MERCHANT", "ADVISOR", "MANAGER", "ADMIN");
	}

	@Override
	public void api(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/api/v1/content/occasions").permitAll();
	}

}
