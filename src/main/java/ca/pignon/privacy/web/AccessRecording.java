package ca.pignon.privacy.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerInterceptor;

import ca.pignon.dossier.DossierOpened;
import ca.pignon.privacy.internal.AccessLog;

/**
 * Keeps, for the access log, each dossier the dossier's access rule let a member of staff into during a request, with
 * the page asked; writes them once the request is answered, in one transaction of its own (the pages' own
 * transactions are read-only, and one row per dossier and need is enough however often a page asks the rule).
 * Openings outside a request (a scheduled job) are not staff reading a dossier and are not kept, nor those of a
 * request answered with an error.
 */
@Component
class AccessRecording implements HandlerInterceptor {

	private static final Logger log = LoggerFactory.getLogger(AccessRecording.class);

	private static final String OPENINGS = AccessRecording.class.getName() + ".openings";

	private final AccessLog accessLog;

	private final Clock clock;

	AccessRecording(AccessLog accessLog, Clock clock) {
		this.accessLog = accessLog;
		this.clock = clock;
	}

	@EventListener
	void opened(DossierOpened opened) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return;
		}
		HttpServletRequest request = attributes.getRequest();
		openings(request).putIfAbsent(opened.application() + "/" + opened.need(),
				new AccessLog.Opening(opened.application().value(), opened.by().value(), opened.need().name(),
						request.getMethod(), request.getRequestURI(), clock.instant()));
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable Exception ex) {
		// a request answered with an error showed nothing of the dossier (an unknown id a manager may ask for)
		if (response.getStatus() < 400 && request.getAttribute(OPENINGS) instanceof Map<?, ?> openings
				&& !openings.isEmpty()) {
			try {
				accessLog.record(openings.values().stream().map(AccessLog.Opening.class::cast).toList());
			}
			catch (RuntimeException failure) {
				// the page was answered already: say it loudly, the access itself cannot be taken back
				log.error("Could not keep {} dossier openings in the access log", openings.size(), failure);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, AccessLog.Opening> openings(HttpServletRequest request) {
		Object kept = request.getAttribute(OPENINGS);
		if (kept == null) {
			kept = new LinkedHashMap<String, AccessLog.Opening>();
			request.setAttribute(OPENINGS, kept);
		}
		return (Map<String, AccessLog.Opening>) kept;
	}

}
