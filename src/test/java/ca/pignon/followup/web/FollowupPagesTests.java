package ca.pignon.followup.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import ca.pignon.followup.FollowupFixture;
import ca.pignon.followup.ICalendars;
import ca.pignon.followup.FollowupTest;
import ca.pignon.followup.MeetingId;
import ca.pignon.shared.ApplicationId;
import ca.pignon.platform.PignonUser;

import static ca.pignon.followup.FollowupFixture.actor;
import static ca.pignon.followup.FollowupFixture.held;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The follow-up's pages over MockMvc, security filters included: a refused value keeps everything typed, a crossed
 * edit shows what the other person saved, another advisor's merchant does not exist, and the calendar downloads.
 */
class FollowupPagesTests extends FollowupTest {

	@Autowired
	WebApplicationContext web;

	MockMvc mvc;

	PignonUser anne;

	ApplicationId boulangerie;

	String dossierPath;

	@BeforeEach
	void aMerchantAccompaniedByAnne() {
		mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
		anne = fixture.advisor("Anne Tremblay");
		boulangerie = fixture.accompanied(anne, "Boulangerie du Parvis").get(0).id();
		dossierPath = "/followup/merchants/" + boulangerie;
	}

	@Test
	void aRefusedDurationComesBackWithItsMessageAndEverythingTyped() throws Exception {
		MvcResult result = mvc.perform(meetingForm(post(dossierPath + "/meetings"), "0", "Fiche Google",
				fixture.today().toString())).andReturn();

		Document page = page(result);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(page.select("#error-summary").text()).contains("plus grande que 0");
		assertThat(page.select("#durationMinutes").val()).isEqualTo("0");
		assertThat(page.select("#topics").text()).isEqualTo("Fiche Google");
		assertThat(page.select("#nextSteps").text()).isEqualTo("Publier trois photos");
		assertThat(fixture.followup.meetingsOf(boulangerie)).isEmpty();
	}

	@Test
	void aValidMeetingIsLoggedAndTheDossierShowsTheHours() throws Exception {
		MvcResult result = mvc.perform(meetingForm(post(dossierPath + "/meetings"), "90", "Fiche Google",
				fixture.today().toString())).andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(dossierPath);
		Document dossier = page(mvc.perform(get(dossierPath).with(user(anne))).andReturn());
		assertThat(dossier.select("#hours").text()).contains("1 h 30 utilisées sur 10 h").contains("il reste 8 h 30");
		assertThat(dossier.select("#held-meetings").text()).contains("Fiche Google");
		Document dashboard = page(mvc.perform(get("/followup").with(user(anne))).andReturn());
		assertThat(dashboard.select("#caseload").text()).contains("Boulangerie du Parvis").contains("1 h 30 sur 10 h");
	}

	@Test
	void anEditCrossingAnotherShowsWhatTheOtherSavedAndKeepsWhatWasTyped() throws Exception {
		MeetingId meeting = fixture.followup.logMeeting(boulangerie, held(fixture.today(), 60), actor(anne));
		long seen = fixture.followup.meeting(meeting).version();
		PignonUser manager = fixture.manager("Hélène Gagnon");
		fixture.followup.editMeeting(meeting, held(fixture.today(), 75), seen, actor(manager));

		MvcResult result = mvc.perform(meetingForm(post(dossierPath + "/meetings/" + meeting), "45", "Mes sujets à moi",
				fixture.today().toString()).param("version", Long.toString(seen))).andReturn();

		Document page = page(result);
		assertThat(page.select("#conflict").text()).contains("Hélène Gagnon").contains("75");
		assertThat(page.select("#durationMinutes").val()).isEqualTo("45");
		assertThat(page.select("#topics").text()).isEqualTo("Mes sujets à moi");
		assertThat(fixture.followup.meeting(meeting).details().durationMinutes()).isEqualTo(75);

		// sent again, knowingly, on top of the other version
		long current = Long.parseLong(page.select("input[name=version]").val());
		mvc.perform(meetingForm(post(dossierPath + "/meetings/" + meeting), "45", "Mes sujets à moi",
				fixture.today().toString()).param("version", Long.toString(current)));
		assertThat(fixture.followup.meeting(meeting).details().durationMinutes()).isEqualTo(45);
	}

	@Test
	void anotherAdvisorsMerchantDoesNotExist() throws Exception {
		PignonUser benoit = fixture.advisor("Benoît Roy");

		assertThat(mvc.perform(get(dossierPath).with(user(benoit))).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get(dossierPath + "/calendar.ics").with(user(benoit))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(meetingForm(post(dossierPath + "/meetings"), "60", "Sujets", fixture.today().toString())
			.with(user(benoit))).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(fixture.followup.meetingsOf(boulangerie)).isEmpty();
	}

	@Test
	void theCalendarDownloadsAndItsFeedAnswersOnlyWhileItsSecretIsCurrent() throws Exception {
		fixture.followup.logMeeting(boulangerie, FollowupFixture.planned(fixture.today().plusDays(3), LocalTime.NOON, 60),
				actor(anne));

		MvcResult download = mvc.perform(get(dossierPath + "/calendar.ics").with(user(anne))).andReturn();
		assertThat(download.getResponse().getContentType()).startsWith("text/calendar");
		assertThat(download.getResponse().getHeader("Content-Disposition")).contains("attachment");
		assertThat(download.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("BEGIN:VEVENT");
		ICalendars.assertValid(download.getResponse().getContentAsString(StandardCharsets.UTF_8));
		// one language, whatever the interface's: the same labels when the advisor reads Pignon in English
		String inEnglish = mvc.perform(get(dossierPath + "/calendar.ics").with(user(anne))
			.cookie(new jakarta.servlet.http.Cookie("pignon-lang", "en-CA"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(labels(inEnglish)).isNotEmpty()
			.isEqualTo(labels(download.getResponse().getContentAsString(StandardCharsets.UTF_8)));

		mvc.perform(post(dossierPath + "/calendar").param("action", "renew").with(user(anne)).with(csrf()));
		String token = fixture.followup.dossier(boulangerie).calendarToken();
		String feed = "/followup/calendar/" + token + "/pignon.ics";
		assertThat(mvc.perform(get(feed)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.startsWith("BEGIN:VCALENDAR");
		ICalendars.assertValid(mvc.perform(get(feed)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page(mvc.perform(get(dossierPath).with(user(anne))).andReturn()).select("#feed-url").val())
			.endsWith(feed);

		mvc.perform(post(dossierPath + "/calendar").param("action", "revoke").with(user(anne)).with(csrf()));

		assertThat(mvc.perform(get(feed)).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	/** The calendar's name and its events' titles. */
	private static java.util.List<String> labels(String ics) {
		return ics.lines().filter(line -> line.startsWith("SUMMARY") || line.startsWith("X-WR-CALNAME")).toList();
	}

	private MockHttpServletRequestBuilder meetingForm(MockHttpServletRequestBuilder request, String minutes,
			String topics, String date) {
		return request.with(user(anne))
			.with(csrf())
			.param("status", "HELD")
			.param("date", date)
			.param("time", "")
			.param("durationMinutes", minutes)
			.param("mode", "IN_PERSON")
			.param("place", "")
			.param("topics", topics)
			.param("actionsWorked", "")
			.param("nextSteps", "Publier trois photos");
	}

	private static Document page(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
