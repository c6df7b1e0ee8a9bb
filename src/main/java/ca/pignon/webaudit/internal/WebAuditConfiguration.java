package ca.pignon.webaudit.internal;

import java.time.Clock;

import javax.net.ssl.SSLSocketFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The auditor with the system's resolver and trust store.
 */
@Configuration(proxyBeanMethods = false)
class WebAuditConfiguration {

	@Bean
	Auditor auditor(WebAuditSettings settings, Clock clock) {
		return new Auditor(settings, Resolver.SYSTEM, (SSLSocketFactory) SSLSocketFactory.getDefault(), clock);
	}

}
