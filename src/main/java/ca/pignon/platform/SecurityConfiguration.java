package ca.pignon.platform;

import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Deny by default: platform grants its own routes here and each module its own ({@link ModuleRoutes}), any other
 * handler is refused (an address no handler serves answers 404), and the route matrix test fails on a route nobody
 * thought about.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "frame-ancestors 'none'; form-action 'self'";

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private static final Set<String> SAFE_READS = Set.of("GET", "HEAD");

	/**
	 * Pignon's own files and the webjars, read with GET or HEAD: the same headers as every answer, but no session read
	 * (nor its last access written) for each file a page links (issue 19). Other methods go on to the chain of the pages.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain assets(HttpSecurity http) throws Exception {
		var paths = PathPatternRequestMatcher.withDefaults();
		RequestMatcher files = new OrRequestMatcher(paths.matcher("/assets/**"), paths.matcher("/webjars/**"),
				paths.matcher("/favicon.ico"));
		http.securityMatcher(request -> SAFE_READS.contains(request.getMethod()) && files.matches(request))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable());
		return headers(http).build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ProblemResponses problems, UnknownAddresses unknown,
			ObjectProvider<ModuleRoutes> modules, JdbcClient jdbc) throws Exception {
		RequestMatcher bearer = request -> ApiTokenAuthenticationFilter.bearerToken(request) != null;
		http.securityMatcher("/api/**").authorizeHttpRequests(requests -> {
			requests.requestMatchers(HttpMethod.GET, "/api/v1/openapi", "/api/v1/openapi.yaml", "/api/v1/openapi/**",
					"/api/v1/docs", "/api/v1/docs/**", "/api/v1/swagger-ui/**")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/me")
				.authenticated();
			modules.orderedStream().forEach(module -> module.api(requests));
			requests.anyRequest().access(unknown.allowedOnlyWhenUnknownOrMethodNotServed());
		})
			.addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problems), BasicAuthenticationFilter.class)
			// a session of a disabled account, or opened before its password was set, ends here
			.addFilterAfter(new StaleSessions(jdbc), SecurityContextHolderFilter.class)
			// CSRF protects what a signed-in browser may do: a request with a token, or that nothing authenticates,
			// cannot ride on a session (and one with no credentials at all is then answered 401, not a CSRF 403)
			.csrf(csrf -> csrf.ignoringRequestMatchers(bearer, request -> !signedIn()))
			.requestCache(cache -> cache.disable())
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint((request, response, ex) -> {
					response.setHeader("WWW-Authenticate", "Bearer");
					problems.write(request, response, 401, "platform.api.unauthorized");
				})
				// a missing CSRF token is not a missing right: say which, so that an integration knows what to fix
				.accessDeniedHandler((request, response, ex) -> {
					if (ex instanceof CsrfException) {
						problems.write(request, response, 403, "platform.api.csrf", ProblemTypes.CSRF);
					}
					else {
						problems.write(request, response, 403, "platform.api.forbidden");
					}
				}));
		return headers(http).build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, LoginThrottle throttle, UnknownAddresses unknown,
			ObjectProvider<ModuleRoutes> modules, JdbcClient jdbc, ManagementPort management, ExpiredForms expiredForms)
			throws Exception {
		http.authorizeHttpRequests(requests -> {
			// probes and metrics, on the separate management port only (MANAGEMENT_SERVER_PORT, docs/operations.md)
			requests.requestMatchers(management.requests())
				.permitAll()
				.requestMatchers(cityWrite())
				.denyAll()
				.requestMatchers("/assets/**", "/webjars/**", "/favicon.ico", "/swagger-ui/**")
				.permitAll()
				// the house's doors, whichever module serves them: the home page here, /start (where signing in
				// leads) below
				.requestMatchers("/", "/error", "/actuator/health", "/login", "/privacy", "/sources", "/aide",
						"/account/verify/**", "/account/email/*", "/account/password/*", "/account/forgot", "/setup/**")
				.permitAll()
				.requestMatchers("/account/tokens", "/account/tokens/**")
				.hasAnyRole(ModuleRoutes.staff())
				.requestMatchers("/admin/**")
				.hasRole("ADMIN")
				.requestMatchers("/start", "/account", "/account/**", "/session/keepalive")
				.authenticated();
			modules.orderedStream().forEach(module -> module.web(requests));
			requests.anyRequest().access(unknown.allowedOnlyWhenUnknown());
		})
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/start")
				.failureHandler(throttle.failureHandler())
				.successHandler(expiredForms.returningToKeptForm(throttle.successHandler("/start"))))
			.addFilterBefore(throttle.filter(), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new StaleSessions(jdbc), SecurityContextHolderFilter.class)
			.logout(logout -> logout.logoutSuccessUrl("/?loggedOut"))
			// a form sent after the session ended is kept for its author, not refused (WCAG 2.2.1)
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(expiredForms.accessDeniedHandler())
				.authenticationEntryPoint(DelegatingAuthenticationEntryPoint.builder()
				.addEntryPointFor((request, response, ex) -> {
					// htmx would swap the login page into a fragment: reload the whole page instead
					response.setHeader("HX-Refresh", "true");
					response.setStatus(401);
				}, new RequestHeaderRequestMatcher("HX-Request"))
				// whatever the Accept header: form login alone only redirects requests that ask for HTML
				.defaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
				.build()));
		return headers(http).build();
	}

	/** The City reads: of all writes, it keeps only those on its own account. */
	private static RequestMatcher cityWrite() {
		var paths = PathPatternRequestMatcher.withDefaults();
		RequestMatcher ownAccount = new OrRequestMatcher(paths.matcher(HttpMethod.POST, "/account/password"),
				paths.matcher(HttpMethod.POST, "/account/verification"),
				paths.matcher(HttpMethod.POST, "/account/forgot"),
				paths.matcher(HttpMethod.POST, "/account/password/*"));
		return request -> !SAFE_METHODS.contains(request.getMethod()) && isCity() && !ownAccount.matches(request);
	}

	/** Whether the request acts for someone (at the CSRF filter, before anonymous requests get their token). */
	private static boolean signedIn() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	private static boolean isCity() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> Role.CITY.authority().equals(authority.getAuthority()));
	}

	private static HttpSecurity headers(HttpSecurity http) throws Exception {
		return http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(frame -> frame.deny())
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
					"geolocation=(), camera=(), microphone=(), payment=(), interest-cohort=()")));
	}

	@Bean
	PasswordEncoder passwordEncoder(@Value("${pignon.security.bcrypt-strength:12}") int strength) {
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new PassphraseBcrypt(strength)));
	}

}
