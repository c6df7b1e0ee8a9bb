package ca.pignon.platform;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * There is no default password: the first administrator comes from the settings, or from a one-time link printed in
 * the log. Each situation starts Pignon afresh, on an empty database, with its log captured.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTests {

	static final String ADMIN_EMAIL = "premiere-admin@pignon.test";

	static final String ADMIN_PASSWORD = "la première administratrice du programme";

	static final String AUTOMATION_TOKEN = "pgn_automation-token-of-at-least-32-characters";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Nested
	@TestPropertySource(properties = { "pignon.admin.email=" + ADMIN_EMAIL, "pignon.admin.password=" + ADMIN_PASSWORD,
			"pignon.admin.api-token=" + AUTOMATION_TOKEN })
	class WithSettings {

		@Test
		void createsTheAdministratorWhoCanThenSignIn() throws Exception {
			// when
			MvcResult signIn = signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
			// then
			assertThat(roleOf(ADMIN_EMAIL)).isEqualTo("ADMIN");
			assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/start");
		}

		@Test
		void givesTheAdministratorTheAutomationToken() throws Exception {
			// when
			MvcResult me = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + AUTOMATION_TOKEN))
				.andReturn();
			// then
			assertThat(me.getResponse().getStatus()).isEqualTo(200);
			assertThat(me.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(ADMIN_EMAIL)
				.contains("\"role\":\"ADMIN\"");
		}

	}

	@Nested
	@TestPropertySource(properties = { "pignon.admin.email=" + ADMIN_EMAIL, "pignon.admin.password=" + ADMIN_PASSWORD,
			"pignon.admin.api-token=short-token-of-31-characters-xx" })
	class WithAShortAutomationToken {

		@Test
		void ignoresIt(CapturedOutput output) throws Exception {
			// when
			MvcResult me = mvc.perform(get("/api/v1/me").header("Authorization",
					"Bearer short-token-of-31-characters-xx")).andReturn();
			// then
			assertThat("short-token-of-31-characters-xx").hasSize(31);
			assertThat(me.getResponse().getStatus()).isEqualTo(401);
			assertThat(jdbc.sql("SELECT count(*) FROM platform_api_token").query(Integer.class).single()).isZero();
			assertThat(output.getAll()).contains("PIGNON_ADMIN_API_TOKEN ignored");
		}

	}

	@Nested
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
	class WithoutSettings {

		static final Pattern SETUP_LINK = Pattern.compile("https?://\\S+(/setup/[A-Za-z0-9_-]+)");

		@Test
		@Order(1)
		void createsNoAccountAtAllAndLogsASetupLink(CapturedOutput output) {
			// then
			assertThat(jdbc.sql("SELECT count(*) FROM platform_account").query(Integer.class).single()).isZero();
			assertThat(SETUP_LINK.matcher(output.getAll()).find()).as("a setup link in the log").isTrue();
		}

		@Test
		@Order(2)
		void createsTheAdministratorFromTheLoggedLinkOnlyOnce(CapturedOutput output) throws Exception {
			// given
			Matcher link = SETUP_LINK.matcher(output.getAll());
			assertThat(link.find()).as("a setup link in the log").isTrue();
			String setup = link.group(1);
			// when
			MvcResult first = mvc.perform(post(setup).with(csrf())
				.param("email", ADMIN_EMAIL)
				.param("displayName", "Alice Administration")
				.param("password", ADMIN_PASSWORD)).andReturn();
			MvcResult second = mvc.perform(post(setup).with(csrf())
				.param("email", "intrus@pignon.test")
				.param("displayName", "Intrus")
				.param("password", "une autre phrase de passe")).andReturn();
			// then
			assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/login");
			assertThat(roleOf(ADMIN_EMAIL)).isEqualTo("ADMIN");
			assertThat(signIn(ADMIN_EMAIL, ADMIN_PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/start");
			assertThat(second.getResponse().getStatus()).isEqualTo(200);
			assertThat(second.getResponse().getContentAsString(StandardCharsets.UTF_8))
				.contains("Ce lien de configuration n’est plus valide");
			assertThat(jdbc.sql("SELECT count(*) FROM platform_account").query(Integer.class).single()).isEqualTo(1);
		}

	}

	private MvcResult signIn(String email, String password) throws Exception {
		return mvc.perform(post("/login").param("username", email).param("password", password).with(csrf()))
			.andReturn();
	}

	private String roleOf(String email) {
		return jdbc.sql("SELECT role FROM platform_account WHERE email = :email")
			.param("email", email)
			.query(String.class)
			.single();
	}

}
