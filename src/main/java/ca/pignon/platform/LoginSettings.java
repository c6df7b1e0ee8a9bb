package ca.pignon.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling (OWASP ASVS 6.3.1), counted in PostgreSQL so that the limits hold across instances.
 *
 * @param maxFailuresPerAccount failures for one address within the window after which its sign-ins are refused
 * @param maxFailuresPerClient failures from one network address within the window after which its sign-ins are
 * refused
 * @param window how long a failure counts
 */
@ConfigurationProperties("pignon.security.login")
record LoginSettings(@DefaultValue("5") int maxFailuresPerAccount, @DefaultValue("20") int maxFailuresPerClient,
		@DefaultValue("PT15M") Duration window) {
}
