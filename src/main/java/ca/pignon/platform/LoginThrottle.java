package ca.pignon.platform;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing (OWASP ASVS 6.3.1) without letting anyone lock a merchant out for long: after too many
 * failures for one address, or from one network address, within a window, login attempts are refused until the
 * window has passed. A success clears the address's failures.
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	private final int maxPerAccount;

	private final int maxPerClient;

	private final Duration window;

	LoginThrottle(Clock clock, @Value("${pignon.security.login.max-failures-per-account:5}") int maxPerAccount,
			@Value("${pignon.security.login.max-failures-per-client:20}") int maxPerClient,
			@Value("${pignon.security.login.window:PT15M}") Duration window) {
		this.clock = clock;
		this.maxPerAccount = maxPerAccount;
		this.maxPerClient = maxPerClient;
		this.window = window;
	}

	boolean isBlocked(String username, String client) {
		return count(accountKey(username)) >= maxPerAccount || count(clientKey(client)) >= maxPerClient;
	}

	void failed(String username, String client) {
		record(accountKey(username));
		record(clientKey(client));
		// neither the full address nor the client's network address: logs hold no personal data (Loi 25)
		log.warn("Failed login for {}", mask(username));
	}

	void succeeded(String username) {
		failures.remove(accountKey(username));
	}

	OncePerRequestFilter filter() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())
						&& isBlocked(username(request), request.getRemoteAddr())) {
					log.warn("Login refused while throttled for {}", mask(username(request)));
					response.sendRedirect(request.getContextPath() + "/login?blocked");
					return;
				}
				chain.doFilter(request, response);
			}
		};
	}

	AuthenticationFailureHandler failureHandler() {
		return (request, response, exception) -> {
			failed(username(request), request.getRemoteAddr());
			String target = isBlocked(username(request), request.getRemoteAddr()) ? "/login?blocked" : "/login?error";
			response.sendRedirect(request.getContextPath() + target);
		};
	}

	AuthenticationSuccessHandler successHandler(String defaultTarget) {
		var delegate = new SavedRequestAwareAuthenticationSuccessHandler();
		delegate.setDefaultTargetUrl(defaultTarget);
		return (request, response, authentication) -> {
			succeeded(username(request));
			log.info("Login of {}", mask(username(request)));
			delegate.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/** Forgets windows that have passed, so that addresses tried once do not pile up in memory. */
	@Scheduled(fixedDelayString = "PT5M")
	void forgetExpired() {
		for (String key : failures.keySet()) {
			failures.computeIfPresent(key, (k, times) -> {
				prune(times);
				return times.isEmpty() ? null : times;
			});
		}
	}

	int trackedKeys() {
		return failures.size();
	}

	/** Reads and writes of one key go through the map's atomic compute, never around it. */
	private int count(String key) {
		int[] count = { 0 };
		failures.computeIfPresent(key, (k, times) -> {
			prune(times);
			count[0] = times.size();
			return times.isEmpty() ? null : times;
		});
		return count[0];
	}

	private void record(String key) {
		failures.compute(key, (k, times) -> {
			Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
			prune(kept);
			kept.addLast(clock.instant());
			return kept;
		});
	}

	private void prune(Deque<Instant> times) {
		Instant horizon = clock.instant().minus(window);
		while (!times.isEmpty() && times.peekFirst().isBefore(horizon)) {
			times.removeFirst();
		}
	}

	private static String username(HttpServletRequest request) {
		String username = request.getParameter("username");
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	private static String accountKey(String username) {
		return "account:" + username.strip().toLowerCase(Locale.ROOT);
	}

	private static String clientKey(String client) {
		return "client:" + client;
	}

	/** Logs must not hold full email addresses (Loi 25, ASVS 16.2.5). */
	static String mask(String email) {
		int at = email.indexOf('@');
		if (at <= 0) {
			return "***";
		}
		return email.charAt(0) + "***" + email.substring(at);
	}

}
