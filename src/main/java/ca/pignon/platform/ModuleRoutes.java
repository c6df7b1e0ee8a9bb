package ca.pignon.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's own security rules: each module grants its own addresses to the roles that need them, in a bean of its
 * own, so that adding a module edits nothing in platform.
 * <p>
 * Platform applies its rules first (the City only reads, public pages, accounts, administration), then every
 * module's, then deny by default: an address no rule grants is refused, or answers 404 when no handler serves it. A
 * module names only its own addresses, so the order of the modules does not matter; within a module, the first rule
 * that matches decides, as everywhere in Spring Security.
 */
public interface ModuleRoutes {

	/** The rules of the pages (signed in with the login form). */
	default void web(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
	}

	/** The rules of {@code /api/**} (signed in with a token or the session). */
	default void api(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
	}

	/** The roles of those who work the program: advisors, managers and administrators ({@link Role#isStaff()}). */
	static String[] staff() {
		return new String[] { "ADVISOR", "MANAGER", "ADMIN" };
	}

	/** The roles of those who run the program: managers and administrators. */
	static String[] managers() {
		return new String[] { "MANAGER", "ADMIN" };
	}

}
