package ca.pignon.webaudit.web;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ca.pignon.intake.ApplicationFixture;
import ca.pignon.intake.StaffFixture;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** What the web-audit API tests ask with: an audit's request, and a new staff member to ask it as. */
final class AuditApiCalls {

	private AuditApiCalls() {
	}

	static MockHttpServletRequestBuilder audit(String json) {
		return post("/api/v1/web-audits").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json);
	}

	static RequestPostProcessor staff(AccountManagement accounts, JdbcClient jdbc, UserDetailsService users,
			Role role) {
		String email = ApplicationFixture.uniqueEmail("audit");
		StaffFixture.staffMember(accounts, jdbc, email, "Équipe audit", role);
		return user(users.loadUserByUsername(email));
	}

}
