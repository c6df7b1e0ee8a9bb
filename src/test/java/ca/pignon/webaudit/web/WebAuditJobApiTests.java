package ca.pignon.webaudit.web;

import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ca.pignon.intake.ApplicationFixture;
import ca.pignon.intake.StaffFixture;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.Role;
import ca.pignon.webaudit.CheckIds;
import ca.pignon.webaudit.FixtureSite;
import ca.pignon.webaudit.WebAuditSpringTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * POST /api/v1/web-audits with {@code Prefer: respond-async}: 202 at once with a job to poll, which ends with the
 * same audit the synchronous answer gives; the job is its asker's only; a bad address is still refused at once.
 */
@WebAuditSpringTest
class WebAuditJobApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	FixtureSite site;

	@BeforeEach
	void aSite() {
		site = FixtureSite.http("complete");
	}

	@AfterEach
	void stopTheSite() {
		site.close();
	}

	@Test
	void queuesTheAuditAndAnswersItsResultWhenPolled() throws Exception {
		// given
		RequestPostProcessor advisor = staff(Role.ADVISOR);
		String body = "{\"url\": \"" + site.url("/") + "\"}";
		String synchronous = mvc.perform(audit(body).with(advisor)).andReturn().getResponse().getContentAsString();
		// when
		MvcResult accepted = mvc.perform(audit(body).with(advisor).header("Prefer", "wait=5, respond-async"))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Preference-Applied", "respond-async"))
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.status", is("queued")))
			.andReturn();
		String location = accepted.getResponse().getHeader("Location");
		// then
		assertThat(location).matches("/api/v1/web-audits/jobs/[0-9a-f-]{36}");
		await().atMost(Duration.ofSeconds(60)).until(() -> "done".equals(jobStatus(location, advisor)));
		String done = mvc.perform(get(location).with(advisor))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Retry-After"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<java.util.List<String>>read(done, "$.audit.checks[*].id")).isEqualTo(CheckIds.ALL);
		assertThat(JsonPath.<java.util.List<String>>read(done, "$.audit.checks[*].status"))
			.isEqualTo(JsonPath.read(synchronous, "$.checks[*].status"));
		assertThat(JsonPath.<String>read(done, "$.audit.url")).isEqualTo(site.url("/"));
	}

	@Test
	void showsAJobToItsAskerOnly() throws Exception {
		// given
		RequestPostProcessor advisor = staff(Role.ADVISOR);
		String location = mvc
			.perform(audit("{\"url\": \"" + site.url("/") + "\"}").with(advisor).header("Prefer", "respond-async"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		// when / then
		mvc.perform(get(location).with(staff(Role.MANAGER))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/web-audits/jobs/00000000-0000-0000-0000-000000000000").with(advisor))
			.andExpect(status().isNotFound());
		await().atMost(Duration.ofSeconds(60)).until(() -> "done".equals(jobStatus(location, advisor)));
	}

	@Test
	void refusesABadAddressAtOnceWithoutQueueingAnything() throws Exception {
		int before = jobs();
		mvc.perform(audit("{\"url\": \"http://10.0.0.8/\"}").with(staff(Role.ADVISOR)).header("Prefer", "respond-async"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.reason", is("private")));
		mvc.perform(audit("{}").with(staff(Role.ADVISOR)).header("Prefer", "respond-async"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.reason", is("missing")));
		assertThat(jobs()).isEqualTo(before);
	}

	@Test
	void isDocumentedInTheOpenApiDescription() throws Exception {
		mvc.perform(get("/api/v1/openapi"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/web-audits'].post.responses['202']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/web-audits/jobs/{id}'].get.summary").exists());
	}

	private String jobStatus(String location, RequestPostProcessor who) throws Exception {
		return JsonPath.read(mvc.perform(get(location).with(who)).andReturn().getResponse().getContentAsString(),
				"$.status");
	}

	private int jobs() {
		return jdbc.sql("SELECT count(*) FROM webaudit_job").query(Integer.class).single();
	}

	private MockHttpServletRequestBuilder audit(String json) {
		return AuditApiCalls.audit(json);
	}

	private RequestPostProcessor staff(Role role) {
		return AuditApiCalls.staff(accounts, jdbc, users, role);
	}

}
