package ca.pignon.territory.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import ca.pignon.platform.ModuleRoutes;

/**
 * The territory API is public: it tells where a point is, from open data. The SDC layer's page is for managers.
 */
@Component
class TerritoryRoutes implements ModuleRoutes {

	@Override
	public void web(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/territory/sdc").hasAnyRole(ModuleRoutes.managers());
	}

	@Override
	public void api(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/api/v1/territory/**").permitAll();
	}

}
