package ca.pignon.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Deny by default: every route is listed here, and the route matrix test fails on a route nobody thought about.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain web(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/api/v1/territory/**", "/api/v1/openapi/**", "/api/v1/docs/**", "/swagger-ui/**")
			.permitAll()
			.requestMatchers("/", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
					"/actuator/health")
			.permitAll()
			.anyRequest()
			.denyAll());
		return http.build();
	}

}
