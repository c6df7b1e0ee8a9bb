package ca.pignon.diagnostic.web;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import ca.pignon.diagnostic.DiagnosticFixture;
import ca.pignon.diagnostic.DiagnosticManagement;
import ca.pignon.diagnostic.DiagnosticReader;
import ca.pignon.diagnostic.DiagnosticSpringTest;
import ca.pignon.diagnostic.TestHints;
import ca.pignon.platform.PignonUser;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The diagnostic's pages over MockMvc, security filters included, on the diagnostic tests' shared context. */
@DiagnosticSpringTest
abstract class DiagnosticWebTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	WebApplicationContext web;

	@Autowired
	DiagnosticManagement diagnostics;

	@Autowired
	DiagnosticReader reader;

	@Autowired
	TestHints hints;

	DiagnosticFixture fixture;

	MockMvc mvc;

	@BeforeEach
	void emptyTablesAndMockMvc() {
		fixture = new DiagnosticFixture(context);
		fixture.reset();
		hints.clear();
		mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
	}

	static MockHttpServletRequestBuilder getAs(PignonUser who, String path) {
		return get(path).with(user(who));
	}

	static MockHttpServletRequestBuilder postAs(PignonUser who, String path) {
		return post(path).with(csrf()).with(user(who));
	}

	static Document page(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
