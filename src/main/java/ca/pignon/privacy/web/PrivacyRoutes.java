package ca.pignon.privacy.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import ca.pignon.platform.ModuleRoutes;

/**
 * Who may reach the privacy pages: anyone, the public request form; a merchant, for their own data and requests; managers and administrators, for the
 * requests (the pages show them only to those in charge); the administrator, to name who is in charge.
 */
@Component
class PrivacyRoutes implements ModuleRoutes {

	@Override
	public void web(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/privacy/request", "/privacy/request/**")
			.permitAll()
			.requestMatchers("/privacy/my", "/privacy/my/**")
			.hasRole("MERCHANT")
			.requestMatchers("/privacy/requests", "/privacy/requests/**", "/privacy/access-log",
					"/privacy/retention", "/privacy/retention/**", "/privacy/incidents", "/privacy/incidents/**")
			.hasAnyRole("MANAGER", "ADMIN")
			.requestMatchers("/privacy/officers", "/privacy/officers/**")
			.hasRole("ADMIN");
	}

}
