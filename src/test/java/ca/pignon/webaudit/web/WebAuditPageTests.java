package ca.pignon.webaudit.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.intake.ReceptionMode;
import ca.pignon.intake.StaffFixture;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.Role;
import ca.pignon.webaudit.AuditJob;
import ca.pignon.webaudit.FixtureSite;
import ca.pignon.webaudit.WebAuditManagement;
import ca.pignon.webaudit.WebAuditSpringTest;
import ca.pignon.support.SessionCookie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff page of an application's web audit: reached from the application, run with a plain form, the checks
 * grouped by status with their evidence and explanation, and what changed since the previous run. The run is a job:
 * the page follows it while it runs.
 */
@WebAuditSpringTest
class WebAuditPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IntakeManagement intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebAuditManagement audits;

	FixtureSite site;

	ApplicationDetails faubourg;

	RequestPostProcessor advisor;

	@BeforeEach
	void anApplicationWithASiteAndAnAdvisor() {
		site = FixtureSite.http("complete");
		faubourg = ApplicationFixture.anApplication(intake)
			.named("Boulangerie du Faubourg")
			.at(ApplicationFixture.storefront("1234", "rue Saint-Jean", "Québec", "G1R 1S4", ReceptionMode.STOREFRONT))
			.online(site.url("/"), "facebook.com/boulangeriedufaubourg", "@boulangeriedufaubourg", null)
			.submit();
		String email = ApplicationFixture.uniqueEmail("conseil");
		StaffFixture.staffMember(accounts, jdbc, email, "Camille Roy", Role.MANAGER);
		advisor = user(users.loadUserByUsername(email));
	}

	@AfterEach
	void stopTheSite() {
		site.close();
	}

	@Test
	void linksToTheAuditFromTheApplicationPage() throws Exception {
		Document page = page("/intake/applications/" + faubourg.id());
		assertThat(page.select("a[href=/webaudit/applications/" + faubourg.id() + "]")).hasSize(1);
	}

	@Test
	void offersToRunTheFirstAuditWithAFormThatNeedsNoScript() throws Exception {
		// when
		Document page = page(path());
		// then
		assertThat(page.select("form[method=post][action=" + path() + "/runs] button[type=submit]").text())
			.isEqualTo("Lancer l’audit");
		assertThat(page.select("input[name=_csrf]")).isNotEmpty();
		assertThat(page.text()).contains("Aucun audit encore.", site.url("/"));
	}

	@Test
	void runsTheAuditAndShowsTheChecksGroupedByStatusWithEvidenceAndWhy() throws Exception {
		// when
		mvc.perform(post(path() + "/runs").with(csrf()).with(advisor))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(path()));
		awaitTheJob(faubourg.id());
		Document page = page(path());
		// then
		assertThat(page.select("h2").eachText()).contains("À corriger (1)", "Réussi (20)");
		assertThat(page.select("section:has(h2:contains(À corriger)) dt").text()).contains("Connexion sécurisée (HTTPS)");
		assertThat(page.select("section:has(h2:contains(À corriger)) dd").text())
			.contains("Constat : La page est servie sans chiffrement", "Let’s Encrypt");
		assertThat(page.text()).contains("Audit par Camille Roy", "Relancer l’audit");
		assertThat(page.select("#changes-title")).isEmpty();
	}

	@Test
	void showsWhatChangedSinceThePreviousRun() throws Exception {
		// given: a first run, then the site loses its description and structured data
		mvc.perform(post(path() + "/runs").with(csrf()).with(advisor));
		awaitTheJob(faubourg.id());
		site.html("/", "<html lang=\"fr-CA\"><head><meta name=\"viewport\" content=\"width=device-width\">"
				+ "<title>Boulangerie du Faubourg – pains au levain</title></head><body></body></html>");
		// when
		mvc.perform(post(path() + "/runs").with(csrf()).with(advisor));
		awaitTheJob(faubourg.id());
		Document page = page(path());
		// then
		String changes = page.select("section:has(#changes-title) li").text();
		assertThat(changes).contains("Description pour les moteurs de recherche Réussi → À corriger moins bien");
		assertThat(changes).doesNotContain("Titre de la page", "Connexion sécurisée");
		assertThat(page.select("section:has(#history-title) tbody tr")).hasSize(1);
	}

	@Test
	void saysSoWhenTheApplicationGivesNoWebsite() throws Exception {
		// given
		var noSite = ApplicationFixture.anApplication(intake).online(null, "facebook.com/fleuriste", null, null).submit();
		// when
		Document page = page("/webaudit/applications/" + noSite.id());
		// then
		assertThat(page.select(".notice.warning").text()).startsWith("La candidature n’indique aucun site web.");
		assertThat(page.select("form[action$=/runs]")).isEmpty();
	}

	@Test
	void explainsARefusedAddressInsteadOfRunning() throws Exception {
		// given: a website on a private network
		var intranet = ApplicationFixture.anApplication(intake).online("http://192.168.1.20/", null, null, null).submit();
		String path = "/webaudit/applications/" + intranet.id();
		// when
		mvc.perform(post(path + "/runs").with(csrf()).with(advisor)).andExpect(redirectedUrl(path));
		var refused = mvc.perform(post(path + "/runs").with(csrf()).with(advisor)).andReturn();
		var flash = refused.getFlashMap();
		// then
		assertThat(flash.get("refusal")).isEqualTo("webaudit.refused.private");
		Document page = Jsoup.parse(mvc.perform(get(path).with(advisor).cookie(SessionCookie.of(refused)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select(".notice.error").text()).contains("192.168.1.20", "réseau privé");
	}

	@Test
	void showsTheAuditInProgressAndFollowsItUntilItIsDone() throws Exception {
		// given: the site holds its home page back until the test has seen the job running
		var gate = new java.util.concurrent.CountDownLatch(1);
		String home = java.nio.file.Files
			.readString(java.nio.file.Path.of("src/test/resources/webaudit/sites/complete/index.html"));
		site.route("/", exchange -> {
			try {
				gate.await(30, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			FixtureSite.send(exchange, 200, "text/html; charset=utf-8", home);
		});
		mvc.perform(post(path() + "/runs").with(csrf()).with(advisor)).andExpect(redirectedUrl(path()));
		AuditJob job = audits.latestJobOf(faubourg.id()).orElseThrow();
		// when: the page while it runs
		Document running = page(path());
		// then: a status region polled by htmx, and no second button
		assertThat(running.select("[role=status] #audit-job").attr("data-hx-get"))
			.isEqualTo(path() + "/jobs/" + job.id());
		assertThat(running.select("[role=status]").text()).contains("Cette page montre le résultat d’elle-même");
		assertThat(running.select("form[action$=/runs]")).isEmpty();
		// a second click starts nothing more
		mvc.perform(post(path() + "/runs").with(csrf()).with(advisor));
		assertThat(audits.latestJobOf(faubourg.id()).orElseThrow().id()).isEqualTo(job.id());
		// when done: htmx is sent to the whole page, which says so once
		gate.countDown();
		awaitTheJob(faubourg.id());
		var done = mvc.perform(get(path() + "/jobs/" + job.id()).header("HX-Request", "true").with(advisor))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(done.getResponse().getHeader("HX-Redirect")).isEqualTo(path());
		Document page = Jsoup.parse(mvc.perform(get(path()).with(advisor).cookie(SessionCookie.of(done)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.text()).contains("L’audit est terminé.", "Relancer l’audit");
		assertThat(page.select("#audit-job")).isEmpty();
	}

	@Test
	void twoStartsAtTheSameMomentQueueOneJob() throws Exception {
		// given: two people (or two instances) start the audit of one application at once
		var actor = ca.pignon.shared.Actor.of(new ca.pignon.shared.AccountId(java.util.UUID.randomUUID()));
		var start = new java.util.concurrent.CountDownLatch(1);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			java.util.concurrent.Callable<AuditJob> click = () -> {
				start.await();
				return audits.startApplicationAudit(faubourg.id(), actor, java.util.Locale.CANADA_FRENCH);
			};
			var first = pool.submit(click);
			var second = pool.submit(click);
			start.countDown();
			// then: the same job for both
			assertThat(first.get().id()).isEqualTo(second.get().id());
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("SELECT count(*) FROM webaudit_job WHERE application_id = ?")
			.param(faubourg.id().value())
			.query(Integer.class)
			.single()).isEqualTo(1);
		awaitTheJob(faubourg.id());
	}

	@Test
	void answersTheJobOfAnotherApplicationWith404() throws Exception {
		// given
		mvc.perform(post(path() + "/runs").with(csrf()).with(advisor));
		AuditJob job = audits.latestJobOf(faubourg.id()).orElseThrow();
		var other = ApplicationFixture.anApplication(intake).online(site.url("/"), null, null, null).submit();
		// when / then
		mvc.perform(get("/webaudit/applications/" + other.id() + "/jobs/" + job.id()).with(advisor))
			.andExpect(status().isNotFound());
		awaitTheJob(faubourg.id());
	}

	@Test
	void answers404ForAnUnknownApplication() throws Exception {
		mvc.perform(get("/webaudit/applications/00000000-0000-0000-0000-000000000000").with(advisor))
			.andExpect(status().isNotFound());
	}

	private void awaitTheJob(ca.pignon.shared.ApplicationId application) {
		await().atMost(java.time.Duration.ofSeconds(60))
			.until(() -> audits.latestJobOf(application).map(AuditJob::finished).orElse(false));
	}

	private String path() {
		return "/webaudit/applications/" + faubourg.id();
	}

	private Document page(String path) throws Exception {
		String html = mvc.perform(get(path).with(advisor))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

}
