package ca.pignon.webaudit.internal;

import java.time.Clock;

import java.security.NoSuchAlgorithmException;

import javax.net.ssl.SSLContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The auditor with the system's resolver and trust store.
 */
@Configuration(proxyBeanMethods = false)
class WebAuditConfiguration {

	@Bean
	Auditor auditor(WebAuditSettings settings, Clock clock) throws NoSuchAlgorithmException {
		return new Auditor(settings, Resolver.SYSTEM, SSLContext.getDefault(), clock);
	}

}
