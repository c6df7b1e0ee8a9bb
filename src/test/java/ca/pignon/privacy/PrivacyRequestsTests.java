package ca.pignon.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import ca.pignon.followup.FollowupTest;
import ca.pignon.followup.TestClock;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;

/**
 * A merchant's request about their information, from the form on "Mes données" to the answer of the person in charge:
 * the 30-day clock, the mails (filed, reminded once on day 20, answered), the pages each person sees.
 */
class PrivacyRequestsTests extends FollowupTest {

	@Autowired
	PrivacyRequests requests;

	@Autowired
	WebApplicationContext web;

	@Autowired
	JdbcClient jdbc;

	MockMvc mvc;

	PignonUser merchant;

	PignonUser officer;

	PignonUser otherManager;

	java.time.Instant since;

	@BeforeEach
	void aMerchantAndThePersonInCharge() {
		jdbc.sql("TRUNCATE privacy_request, privacy_officer").update();
		mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
		ApplicationDetails application = fixture.accompanied(fixture.advisor("Anne Tremblay"), "Boulangerie du Parvis")
			.get(0);
		merchant = fixture.merchants.merchantUser(application);
		officer = staff("Hélène Gagnon", Role.MANAGER);
		otherManager = staff("Paul Lavoie", Role.MANAGER);
		PignonUser admin = staff("Sylvie Roy", Role.ADMIN);
		requests.designate(officer.accountId(), admin.accountId());
		// the mails of this test are those after its set-up (invitations, decisions)
		TestClock.INSTANCE.advance(Duration.ofSeconds(1));
		since = TestClock.INSTANCE.instant();
	}

	@Test
	void aRequestFiledIsDueInThirtyDaysRemindedOnceOnDayTwentyOverdueAfterAndAnsweredOnce() {
		// given
		PrivacyRequest filed = requests.file(merchant.accountId(), RequestKind.RECTIFICATION,
				"Mon numéro de téléphone est maintenant le 418 555-0199.");
		assertThat(filed.dueOn()).isEqualTo(filed.receivedAt().atZone(java.time.ZoneId.of("America/Toronto"))
			.toLocalDate()
			.plusDays(30));
		assertThat(filed.businessName()).isEqualTo("Boulangerie du Parvis");
		assertThat(mailsTo(officer)).singleElement().asString().contains("Correction d’un renseignement");

		// day 19: nothing to remind; day 20: reminded, once, whatever runs it again
		TestClock.INSTANCE.advance(Duration.ofDays(19));
		assertThat(requests.remindDue()).isZero();
		TestClock.INSTANCE.advance(Duration.ofDays(1));
		assertThat(requests.remindDue()).isEqualTo(1);
		assertThat(requests.remindDue()).isZero();
		assertThat(mailsTo(officer)).hasSize(2).last().asString().startsWith("Rappel");
		assertThat(requests.get(filed.id()).standing()).isEqualTo(RequestStanding.DUE_SOON);

		// day 31: overdue
		TestClock.INSTANCE.advance(Duration.ofDays(11));
		assertThat(requests.get(filed.id()).standing()).isEqualTo(RequestStanding.OVERDUE);

		// only the person in charge answers, once, on the version they read
		assertThatThrownBy(() -> requests.answer(filed.id(), "Fait.", filed.version(), otherManager.accountId()))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> requests.answer(filed.id(), "Fait.", filed.version() + 1, officer.accountId()))
			.isInstanceOfSatisfying(PrivacyRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("privacy.request.changed"));
		PrivacyRequest answered = requests.answer(filed.id(), "C'est corrigé.", filed.version(), officer.accountId());
		assertThat(answered.standing()).isEqualTo(RequestStanding.ANSWERED);
		assertThat(answered.answeredBy()).isEqualTo("Hélène Gagnon");
		assertThat(mailsTo(merchant)).singleElement().asString().startsWith("Réponse à votre demande");
		assertThatThrownBy(() -> requests.answer(filed.id(), "Encore.", answered.version(), officer.accountId()))
			.isInstanceOf(PrivacyRefused.class);
		assertThat(requests.of(merchant.accountId())).extracting(PrivacyRequest::answer).containsExactly("C'est corrigé.");
	}

	@Test
	void onlyAManagerOrAnAdministratorWithAnActiveAccountCanBeInCharge() {
		PignonUser advisor = staff("Marc Tremblay", Role.ADVISOR);
		assertThatThrownBy(() -> requests.designate(advisor.accountId(), officer.accountId()))
			.isInstanceOf(PrivacyRefused.class);
		assertThatThrownBy(() -> requests.designate(merchant.accountId(), officer.accountId()))
			.isInstanceOf(PrivacyRefused.class);
		assertThat(requests.officers()).containsOnlyKeys(officer.accountId());
	}

	@Test
	void aRefusedRequestComesBackWithItsMessageAndWhatWasTyped() throws Exception {
		MvcResult result = mvc.perform(post("/privacy/my/requests").with(user(merchant))
			.with(csrf())
			.param("kind", "ACCESS")
			.param("details", "Bonjour\u0000")).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("#error-summary").text()).contains("invisible");
		assertThat(page.select("#details-error").text()).contains("invisible");
		assertThat(page.select("input[name=kind][value=ACCESS]").attr("checked")).isEqualTo("checked");
		assertThat(page.select("textarea#details").text()).startsWith("Bonjour");
		assertThat(requests.all()).isEmpty();

		MvcResult tampered = mvc.perform(post("/privacy/my/requests").with(user(merchant))
			.with(csrf())
			.param("kind", "EVERYTHING")
			.param("details", "Tout")).andReturn();
		assertThat(Jsoup.parse(tampered.getResponse().getContentAsString()).select("#kind-error").text())
			.isEqualTo("Choisissez le type de demande.");
	}

	@Test
	void theMerchantFilesOnTheirPageThePersonInChargeAnswersOnTheirsOtherManagersSeeWhoIsInCharge() throws Exception {
		// the merchant files
		MvcResult filed = mvc.perform(post("/privacy/my/requests").with(user(merchant))
			.with(csrf())
			.param("kind", "ACCESS")
			.param("details", "Que savez-vous de moi ?")).andReturn();
		assertThat(filed.getResponse().getRedirectedUrl()).isEqualTo("/privacy/my#requests");
		PrivacyRequest request = requests.all().get(0);

		// another manager sees who is in charge, not the request
		Document other = page("/privacy/requests", otherManager);
		assertThat(other.text()).contains("Responsables : Hélène Gagnon.").doesNotContain("Que savez-vous");
		assertThat(mvc.perform(get("/privacy/requests/" + request.id()).with(user(otherManager)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);

		// the person in charge sees it and answers
		Document list = page("/privacy/requests", officer);
		assertThat(list.select("tbody tr td").eachText()).contains("Accès à mes renseignements", "À traiter");
		MvcResult answered = mvc.perform(post("/privacy/requests/" + request.id() + "/answer").with(user(officer))
			.with(csrf())
			.param("answer", "Votre candidature et votre diagnostic : voyez « Mes données ».")
			.param("version", String.valueOf(request.version()))).andReturn();
		assertThat(answered.getResponse().getRedirectedUrl()).isEqualTo("/privacy/requests/" + request.id());

		// and the merchant reads the answer
		Document mine = page("/privacy/my", merchant);
		assertThat(mine.select("#requests .answer").text()).startsWith("Votre candidature et votre diagnostic");
	}

	private Document page(String path, PignonUser user) throws Exception {
		MvcResult result = mvc.perform(get(path).with(user(user))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private List<String> mailsTo(PignonUser person) {
		return jdbc.sql("""
				SELECT subject FROM platform_mail m JOIN platform_account a ON a.email = m.recipient
				WHERE a.id = :account AND m.created_at >= :since ORDER BY m.created_at""")
			.param("account", person.accountId().value())
			.param("since", java.sql.Timestamp.from(since))
			.query(String.class)
			.list();
	}

	private PignonUser staff(String name, Role role) {
		return fixture.merchants.staff(name, role);
	}

}
