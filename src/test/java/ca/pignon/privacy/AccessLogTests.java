package ca.pignon.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.ZoneId;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import ca.pignon.followup.FollowupTest;
import ca.pignon.followup.TestClock;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;
import ca.pignon.shared.ApplicationId;

/**
 * The access log (Loi 25): staff let into a merchant's dossier by the access rule are noted, once per page, with the
 * page; the merchant's own reads and refused attempts are not; the people in charge ask who opened a dossier between
 * two dates, nobody else can.
 */
class AccessLogTests extends FollowupTest {

	static final ZoneId QUEBEC = ZoneId.of("America/Toronto");

	@Autowired
	PrivacyManagement privacy;

	@Autowired
	PrivacyRequests requests;

	@Autowired
	WebApplicationContext web;

	@Autowired
	JdbcClient jdbc;

	MockMvc mvc;

	PignonUser anne;

	PignonUser marc;

	PignonUser merchant;

	PignonUser officer;

	ApplicationId boulangerie;

	@BeforeEach
	void aMerchantAccompaniedByAnne() {
		jdbc.sql("TRUNCATE privacy_access_log, privacy_officer").update();
		mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
		anne = fixture.advisor("Anne Tremblay");
		marc = fixture.advisor("Marc Lavoie");
		ApplicationDetails application = fixture.accompanied(anne, "Boulangerie du Parvis").get(0);
		boulangerie = application.id();
		merchant = fixture.merchants.merchantUser(application);
		officer = fixture.merchants.staff("Hélène Gagnon", Role.MANAGER);
		requests.designate(officer.accountId(), officer.accountId());
	}

	@Test
	void whoOpenedTheDossierIsNotedOncePerPageWithThePageAndOnlyThePeopleInChargeMayAsk() throws Exception {
		// when Anne opens the merchant's follow-up and diagnostic pages, Marc tries, the merchant reads their own
		String followup = "/followup/merchants/" + boulangerie.value();
		assertThat(status(followup, anne)).isEqualTo(200);
		status("/diagnostic/applications/" + boulangerie.value(), anne);
		assertThat(status(followup, marc)).isEqualTo(404);
		status("/progress/my", merchant);

		// then the people in charge see Anne's openings, the latest first, and no one else's
		LocalDate today = LocalDate.ofInstant(TestClock.INSTANCE.instant(), QUEBEC);
		var entries = privacy.whoOpened(officer.accountId(), boulangerie, today, today);
		assertThat(entries).extracting(AccessEntry::who).containsOnly("Anne Tremblay");
		assertThat(entries).extracting(AccessEntry::path)
			.containsExactly("/diagnostic/applications/" + boulangerie.value(), followup);
		assertThat(entries).extracting(AccessEntry::method).containsOnly("GET");
		assertThat(privacy.whoOpened(officer.accountId(), boulangerie, today.minusDays(10), today.minusDays(1)))
			.isEmpty();
		assertThatThrownBy(() -> privacy.whoOpened(anne.accountId(), boulangerie, today, today))
			.isInstanceOf(NotFound.class);

		// and on their page
		var page = mvc.perform(get("/privacy/access-log").param("application", boulangerie.value().toString())
			.with(user(officer))).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		Document document = Jsoup.parse(page.getContentAsString());
		assertThat(document.select("#access-log tbody tr")).hasSize(2);
		assertThat(document.select("#access-log tbody td").eachText()).contains("Anne Tremblay", "L’accompagnement");
		assertThat(status("/privacy/access-log?application=" + boulangerie.value(), fixture.merchants.staff(
				"Paul Lavoie", Role.MANAGER))).isEqualTo(404);
	}

	@Test
	void anUnreadableDossierOrDateIsSaidOnThePageWithWhatWasTyped() throws Exception {
		var page = mvc.perform(get("/privacy/access-log").param("application", "pas-un-dossier")
			.param("from", "2026-13-40")
			.with(user(officer))).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		Document document = Jsoup.parse(page.getContentAsString());
		assertThat(document.select("#error-summary").text()).startsWith("Le dossier ou une date est illisible");
		assertThat(document.select("#application").val()).isEqualTo("pas-un-dossier");
		assertThat(document.select("#from").val()).isEqualTo("2026-13-40");
	}

	private int status(String path, PignonUser person) throws Exception {
		return mvc.perform(get(path).with(user(person))).andReturn().getResponse().getStatus();
	}

}
