package ca.pignon.webaudit.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import ca.pignon.platform.ModuleRoutes;

import static ca.pignon.platform.ModuleRoutes.staff;

/**
 * Who may reach the pages and the API of the web audit.
 */
@Component
class WebAuditRoutes implements ModuleRoutes {

	@Override
	public void web(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		// an application's web audit: staff who review applications
		requests.requestMatchers("/webaudit/applications/**").hasAnyRole(staff());
	}

	@Override
	public void api(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.POST, "/api/v1/web-audits").hasAnyRole(staff());
		requests.requestMatchers(HttpMethod.GET, "/api/v1/web-audits/jobs/*").hasAnyRole(staff());
	}

}
