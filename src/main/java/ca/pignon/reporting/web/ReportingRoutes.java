package ca.pignon.reporting.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import ca.pignon.platform.ModuleRoutes;

/**
 * Who may read the City's reports: the City, and staff (the API for analysts and integrations; the page for the City,
 * managers and administrators). Nothing here names a merchant.
 */
@Component
class ReportingRoutes implements ModuleRoutes {

	@Override
	public void web(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/reports", "/reports/**").hasAnyRole("CITY", "MANAGER", "ADMIN");
	}

	@Override
	public void api(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/api/v1/reports/**").hasAnyRole("CITY", "ADVISOR", "MANAGER", "ADMIN");
	}

}
