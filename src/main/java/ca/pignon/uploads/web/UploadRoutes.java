package ca.pignon.uploads.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import ca.pignon.platform.ModuleRoutes;

/**
 * Who may reach an uploaded file.
 */
@Component
class UploadRoutes implements ModuleRoutes {

	@Override
	public void web(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		// an uploaded file: its merchant and staff (the controller checks the dossier it belongs to)
		requests.requestMatchers("/uploads/*").hasAnyRole("MERCHANT", "ADVISOR", "MANAGER", "ADMIN");
	}

}
