package ca.pignon.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import ca.pignon.followup.FollowupTest;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;

/**
 * The register of confidentiality incidents on its pages: the person in charge records one (refused input said
 * beside its field, nothing typed lost), brings it up to date on the version read, and drafts the notice to the
 * people in French and English; another manager does not find it.
 */
class IncidentsTests extends FollowupTest {

	@Autowired
	Incidents incidents;

	@Autowired
	PrivacyRequests requests;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebApplicationContext web;

	MockMvc mvc;

	PignonUser officer;

	PignonUser otherManager;

	@BeforeEach
	void thePersonInCharge() {
		jdbc.sql("TRUNCATE privacy_incident, privacy_officer").update();
		mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
		officer = fixture.merchants.staff("Hélène Gagnon", Role.MANAGER);
		otherManager = fixture.merchants.staff("Paul Lavoie", Role.MANAGER);
		requests.designate(officer.accountId(), fixture.merchants.staff("Sylvie Roy", Role.ADMIN).accountId());
	}

	@Test
	void thePersonInChargeRecordsAnIncidentUpdatesItAndDraftsTheNoticeInBothLanguages() throws Exception {
		// a refused entry comes back with its messages and what was typed
		MvcResult refused = mvc.perform(incident(post("/privacy/incidents"), "", "2026-13-01")).andReturn();
		Document form = Jsoup.parse(refused.getResponse().getContentAsString());
		assertThat(form.select("#error-summary li").eachText()).contains("Ce renseignement est obligatoire.",
				"Indiquez une date au format AAAA-MM-JJ.");
		assertThat(form.select("#circumstances").text()).isEqualTo("Un courriel envoyé au mauvais groupe.");
		assertThat(form.select("#occurredFrom").val()).isEqualTo("2026-13-01");
		assertThat(incidents.all(officer.accountId())).isEmpty();

		// recorded
		String day = fixture.today().toString();
		MvcResult recorded = mvc.perform(incident(post("/privacy/incidents"), "Noms et courriels de 12 commerçants",
				day)).andReturn();
		Incident incident = incidents.all(officer.accountId()).get(0);
		assertThat(recorded.getResponse().getRedirectedUrl()).isEqualTo("/privacy/incidents/" + incident.id());
		assertThat(incident.details().noticesPending()).isTrue();
		assertThat(page("/privacy/incidents", officer).select("tbody td").eachText())
			.contains("Noms et courriels de 12 commerçants", "Oui : avis à envoyer");

		// brought up to date on the version read; a stale version is refused
		mvc.perform(incident(post("/privacy/incidents/" + incident.id()), "Noms et courriels de 12 commerçants", day)
			.param("commissionNotifiedOn", day)
			.param("peopleNotifiedOn", day)
			.param("version", String.valueOf(incident.version())));
		Incident updated = incidents.get(incident.id(), officer.accountId());
		assertThat(updated.details().noticesPending()).isFalse();
		assertThat(updated.version()).isEqualTo(incident.version() + 1);
		Document stale = Jsoup.parse(mvc.perform(incident(post("/privacy/incidents/" + incident.id()), "Autre", day)
			.param("version", String.valueOf(incident.version()))).andReturn().getResponse().getContentAsString());
		assertThat(stale.select("#error-summary").text()).contains("Quelqu’un a modifié cet incident");

		// the notice, drafted from the register, in French and in English
		Document french = page("/privacy/incidents/" + incident.id() + "/notice?language=fr", officer);
		assertThat(french.select("article[lang=fr] p").eachText()).anySatisfy(p -> assertThat(p)
			.isEqualTo("Les renseignements concernés : Noms et courriels de 12 commerçants"))
			.anySatisfy(p -> assertThat(p).startsWith("Ce que vous pouvez faire pour vous protéger : Changez"))
			.anySatisfy(p -> assertThat(p).startsWith("Pour toute question, communiquez avec"));
		Document english = page("/privacy/incidents/" + incident.id() + "/notice?language=en", officer);
		assertThat(english.select("article[lang=en] p").eachText())
			.anySatisfy(p -> assertThat(p).startsWith("What happened: Un courriel envoyé au mauvais groupe."))
			.anySatisfy(p -> assertThat(p).startsWith("We are informing you"));
	}

	@Test
	void noOneButThePeopleInChargeFindsTheRegister() throws Exception {
		assertThat(mvc.perform(get("/privacy/incidents").with(user(otherManager))).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/privacy/incidents/" + UUID.randomUUID()).with(user(officer))).andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThatThrownBy(() -> incidents.all(otherManager.accountId()))
			.isInstanceOf(ca.pignon.platform.NotFound.class);
	}

	private MockHttpServletRequestBuilder incident(MockHttpServletRequestBuilder request, String information,
			String day) {
		return request.with(user(officer))
			.with(csrf())
			.param("information", information)
			.param("circumstances", "Un courriel envoyé au mauvais groupe.")
			.param("occurredFrom", day)
			.param("discoveredOn", day)
			.param("peopleCount", "12")
			.param("riskAssessment", "Adresses peu sensibles ; risque d’hameçonnage.")
			.param("seriousRisk", "true")
			.param("measures", "Rappel du courriel ; double vérification des envois.")
			.param("advice", "Changez votre mot de passe et méfiez-vous des courriels inattendus.")
			.param("version", "0");
	}

	private Document page(String path, PignonUser user) throws Exception {
		MvcResult result = mvc.perform(get(path).with(user(user))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
