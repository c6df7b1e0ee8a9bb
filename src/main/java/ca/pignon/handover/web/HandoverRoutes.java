package ca.pignon.handover.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import ca.pignon.platform.ModuleRoutes;

/**
 * Only administrators export or import the whole program.
 */
@Component
class HandoverRoutes implements ModuleRoutes {

	@Override
	public void api(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.POST, "/api/v1/admin/program-export", "/api/v1/admin/program-import")
			.hasRole("ADMIN");
	}

}
