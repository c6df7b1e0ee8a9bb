package ca.pignon.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing (OWASP ASVS 6.3.1) without letting anyone lock a merchant out for long: after too many
 * failures for one address, or from one network address, within a window, login attempts are refused until the
 * window has passed. A success clears the address's failures. Failures are counted in PostgreSQL
 * ({@code platform_login_failure}), so that the limits hold however many instances answer.
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final LoginSettings settings;

	private final Counter failureCount;

	LoginThrottle(JdbcClient jdbc, Clock clock, LoginSettings settings, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
		this.failureCount = Counter.builder("pignon.signin.failures")
			.description("Failed sign-ins on this instance (wrong password or unknown address)")
			.register(meters);
	}

	boolean isBlocked(String username, String client) {
		return count(accountKey(username)) >= settings.maxFailuresPerAccount()
				|| count(clientKey(client)) >= settings.maxFailuresPerClient();
	}

	void failed(String username, String client) {
		record(accountKey(username));
		record(clientKey(client));
		failureCount.increment();
		// neither the full address nor the client's network address: logs hold no personal data (Loi 25)
		log.warn("Failed login for {}", mask(username));
	}

	void succeeded(String username) {
		jdbc.sql("DELETE FROM platform_login_failure WHERE key_hash = :key")
			.param("key", hash(accountKey(username)))
			.update();
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

	/** Forgets failures whose window has passed: one instance at a time, every five minutes. */
	@Scheduled(fixedDelayString = "PT5M")
	@SchedulerLock(name = "pignon.login-throttle.forget")
	void forgetExpired() {
		jdbc.sql("DELETE FROM platform_login_failure WHERE failed_at < :horizon").param("horizon", horizon()).update();
	}

	/** Failures still counted, for this key, over every instance. */
	private int count(String key) {
		return jdbc.sql("SELECT count(*) FROM platform_login_failure WHERE key_hash = :key AND failed_at >= :horizon")
			.param("key", hash(key))
			.param("horizon", horizon())
			.query(Integer.class)
			.single();
	}

	private void record(String key) {
		jdbc.sql("INSERT INTO platform_login_failure (key_hash, failed_at) VALUES (:key, :now)")
			.param("key", hash(key))
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	private Timestamp horizon() {
		return Timestamp.from(clock.instant().minus(settings.window()));
	}

	/** The table keeps keys as their SHA-256: an address tried is not kept in clear. */
	static String hash(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
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
