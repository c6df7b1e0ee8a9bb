package ca.pignon.platform;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The separate port of the management endpoints ({@code MANAGEMENT_SERVER_PORT}), once its server has started: the
 * probes and the metrics are open there, to the operators' network, and closed on the public port.
 */
@Component
class ManagementPort implements ApplicationListener<WebServerInitializedEvent> {

	private final AtomicInteger port = new AtomicInteger(-1);

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if ("management".equals(event.getApplicationContext().getServerNamespace())) {
			port.set(event.getWebServer().getPort());
		}
	}

	/** -1 while none has started (the management endpoints then share the public port). */
	int port() {
		return port.get();
	}

	RequestMatcher requests() {
		return (HttpServletRequest request) -> port.get() > 0 && request.getLocalPort() == port.get();
	}

}
