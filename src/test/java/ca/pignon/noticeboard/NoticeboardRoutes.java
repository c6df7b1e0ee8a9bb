package ca.pignon.noticeboard;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

import ca.pignon.platform.ModuleRoutes;

/**
 * The notice board is for merchants, in pages and in the API. (A module says {@code @Component}; this fixture says
 * {@code @TestComponent} so that only the test that imports it has it, not every test's application.)
 */
@TestComponent
class NoticeboardRoutes implements ModuleRoutes {

	@Override
	public void web(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/noticeboard", "/noticeboard/**").hasRole("MERCHANT");
	}

	@Override
	public void api(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/api/v1/noticeboard/**").hasRole("MERCHANT");
	}

}
