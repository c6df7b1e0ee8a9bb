package ca.pignon.webaudit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;


import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import ca.pignon.webaudit.internal.Auditor;
import ca.pignon.webaudit.internal.Resolver;
import ca.pignon.webaudit.internal.Translator;
import ca.pignon.webaudit.internal.WebAuditSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No more audits run at once than {@code pignon.webaudit.concurrency} allows; the others wait for a place.
 */
class ConcurrencyTests {

	@Test
	void runsAtMostTheConfiguredNumberOfAuditsAtOnce() throws Exception {
		// given: a site whose home page takes 300 ms and counts the visits in progress, and two places for six audits
		AtomicInteger inProgress = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		try (FixtureSite site = FixtureSite.http("bare").route("/", exchange -> {
			most.accumulateAndGet(inProgress.incrementAndGet(), Math::max);
			try {
				Thread.sleep(300);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			inProgress.decrementAndGet();
			FixtureSite.send(exchange, 200, "text/html", "<html><body><p>Coiffure Lina</p></body></html>");
		})) {
			WebAuditSettings settings = WebAuditSettings.defaults().allowing("127.0.0.1:*").withConcurrency(2);
			var management = new WebAuditManagement(
					new Auditor(settings, Resolver.SYSTEM, defaultTls(),
							Clock.systemUTC()),
					null, new Translator(messages()), null, null, null, Clock.systemUTC(), settings, null, null, null);
			ExecutorService callers = Executors.newFixedThreadPool(6);
			// when
			List<Future<WebAudit>> audits = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				audits.add(callers.submit(() -> management.audit(site.url("/"), Locale.CANADA_FRENCH)));
			}
			for (Future<WebAudit> audit : audits) {
				assertThat(audit.get().check(CheckIds.REACHABLE).orElseThrow().status()).isEqualTo(CheckStatus.PASS);
			}
			callers.shutdown();
			// then
			assertThat(most.get()).isEqualTo(2);
		}
	}

	private static ResourceBundleMessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/webaudit/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static javax.net.ssl.SSLContext defaultTls() {
		try {
			return javax.net.ssl.SSLContext.getDefault();
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
