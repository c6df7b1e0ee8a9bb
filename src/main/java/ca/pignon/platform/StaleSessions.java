package ca.pignon.platform;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account was disabled or whose password was set since it was opened (the account's security
 * stamp changed), at its next request, on whichever instance answers it: the person is then signed out and asked to
 * sign in again. One read of the account by its key per signed-in request. Made by {@link SecurityConfiguration} for
 * its filter chains only (not a bean: Spring Boot would also register it as a servlet filter of its own).
 */
class StaleSessions extends OncePerRequestFilter {

	private final JdbcClient jdbc;

	StaleSessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PignonUser user
				&& request.getSession(false) != null && !current(user)) {
			request.getSession().invalidate();
			SecurityContextHolder.clearContext();
		}
		chain.doFilter(request, response);
	}

	private boolean current(PignonUser user) {
		Optional<UUID> stamp = jdbc.sql("SELECT security_stamp FROM platform_account WHERE id = :id AND enabled")
			.param("id", user.accountId().value())
			.query(UUID.class)
			.optional();
		return stamp.isPresent() && stamp.get().equals(user.securityStamp());
	}

}
