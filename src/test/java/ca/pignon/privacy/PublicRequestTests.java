package ca.pignon.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;

/**
 * Anyone files a request from the public page; it counts only once the one-time link mailed to the address confirms
 * it (its 30 days run from then), then the person in charge answers it and the answer goes to that address.
 */
class PublicRequestTests extends FollowupTest {

	static final Pattern LINK = Pattern.compile("/privacy/request/confirm\\?key=([A-Za-z0-9_-]+)");

	@Autowired
	PrivacyRequests requests;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebApplicationContext web;

	@Autowired
	Retention retention;

	@org.springframework.beans.factory.annotation.Value("${pignon.privacy.public-requests-per-hour:20}")
	int perHour;

	MockMvc mvc;

	PignonUser officer;

	@BeforeEach
	void thePersonInCharge() {
		jdbc.sql("TRUNCATE privacy_request, privacy_officer, privacy_pending_request").update();
		mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
		officer = fixture.merchants.staff("Hélène Gagnon", Role.MANAGER);
		requests.designate(officer.accountId(), fixture.merchants.staff("Sylvie Roy", Role.ADMIN).accountId());
	}

	@Test
	void aRequestFromThePublicFormCountsOnceItsAddressIsConfirmedAndItsAnswerGoesThere() throws Exception {
		// a refused form comes back with its messages and what was typed
		Document refused = Jsoup.parse(file("Jeanne Zéphyrin", "jeanne@", "Que savez-vous de moi ?").andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(refused.select("#email-error").text()).contains("n’est pas valide");
		assertThat(refused.select("#name").val()).isEqualTo("Jeanne Zéphyrin");
		assertThat(refused.select("textarea#details").text()).isEqualTo("Que savez-vous de moi ?");
		assertThat(mailsTo("jeanne@")).isEmpty();

		// filed: nothing counts yet, a link is mailed
		MvcResult filed = file("Jeanne Zéphyrin", "Jeanne.Z@exemple.ca", "Que savez-vous de moi ?").andReturn();
		assertThat(filed.getResponse().getRedirectedUrl()).isEqualTo("/privacy/request/sent");
		assertThat(requests.all()).isEmpty();
		String key = keyIn(mailsTo("jeanne.z@exemple.ca"));
		assertThat(mailsTo("jeanne.z@exemple.ca")).last().asString().as("the name typed is not relayed to the address")
			.doesNotContain("Zéphyrin");

		// the link's page asks for a click: following it confirms nothing
		TestClock.INSTANCE.advance(Duration.ofHours(47));
		Document confirmPage = page("/privacy/request/confirm?key=" + key);
		assertThat(confirmPage.select("form[action=/privacy/request/confirm] input[name=key]").val()).isEqualTo(key);
		assertThat(requests.all()).isEmpty();

		// confirmed: received now, due in 30 days, the person in charge told; once
		Document confirmed = confirm(key);
		PrivacyRequest request = requests.all().get(0);
		assertThat(confirmed.select(".notice.success").text()).contains(request.dueOn().toString());
		assertThat(request.requester()).isEqualTo("Jeanne Zéphyrin (jeanne.z@exemple.ca)");
		assertThat(request.details()).isEqualTo("Que savez-vous de moi ?");
		assertThat(request.receivedAt()).isCloseTo(TestClock.INSTANCE.instant(), org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
		assertThat(mailsTo(officer.getUsername())).last().asString().startsWith("Nouvelle demande")
			.contains("Accès à mes renseignements", "Jeanne Zéphyrin");
		assertThat(confirm(key).select(".notice.error").text()).contains("n’est plus valide");
		assertThat(requests.all()).hasSize(1);
		assertThat(jdbc.sql("SELECT details FROM privacy_pending_request").query(String.class).list())
			.as("the words moved to the request").containsExactly("");

		// answered: the answer goes to the address
		requests.answer(request.id(), "Nous ne détenons rien à votre sujet.", request.version(), officer.accountId());
		assertThat(mailsTo("jeanne.z@exemple.ca")).hasSize(2).last().asString()
			.contains("Nous ne détenons rien à votre sujet.");

		// a day later, the confirmed form's copy of the name and address is gone (the request keeps them)
		TestClock.INSTANCE.advance(Duration.ofDays(1));
		requests.remindDue();
		assertThat(jdbc.sql("SELECT count(*) FROM privacy_pending_request WHERE lower(email) = 'jeanne.z@exemple.ca'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aRequestFiledInEnglishIsAnsweredInEnglish() throws Exception {
		mvc.perform(post("/privacy/request").with(csrf())
			.param("lang", "en")
			.param("name", "Ruth Ashby")
			.param("email", "ruth@example.ca")
			.param("kind", "ACCESS")
			.param("details", "What do you hold about me?"));
		confirm(keyIn(mailsTo("ruth@example.ca")));
		PrivacyRequest request = requests.all()
			.stream()
			.filter(filed -> filed.details().equals("What do you hold about me?"))
			.findFirst()
			.orElseThrow();
		requests.answer(request.id(), "Nothing at all.", request.version(), officer.accountId());
		assertThat(mailsTo("ruth@example.ca")).last().asString()
			.contains("Here is the answer to your request", "Nothing at all.")
			.doesNotContain("Voici la réponse");
	}

	@Test
	void aLinkExpiresAfterFortyEightHoursAndTheRequestIsForgottenAnAddressFilesThreeADayAtMost() throws Exception {
		file("Paul Ulrike", "paul@exemple.ca", "Corrigez mon nom.");
		String key = keyIn(mailsTo("paul@exemple.ca"));
		TestClock.INSTANCE.advance(Duration.ofHours(48).plusMinutes(1));
		assertThat(page("/privacy/request/confirm?key=" + key).select(".notice.error").text())
			.contains("n’est plus valide");
		assertThat(confirm(key).select(".notice.error")).isNotEmpty();
		assertThat(confirm("pas-une-cle").select(".notice.error")).isNotEmpty();
		requests.remindDue();
		assertThat(jdbc.sql("SELECT count(*) FROM privacy_pending_request").query(Integer.class).single()).isZero();
		assertThat(requests.all()).isEmpty();

		for (int i = 0; i < 3; i++) {
			file("Paul Ulrike", "paul@exemple.ca", "Demande " + i).andReturn();
		}
		Document tooMany = Jsoup.parse(file("Paul Ulrike", "PAUL@exemple.ca", "Encore").andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(tooMany.select("#email-error").text()).contains("plusieurs demandes aujourd’hui");
	}

	@Test
	void theFormTakesSoManyRequestsAnHourFromEveryoneTogetherThenSaysToComeBackLater() throws Exception {
		for (int i = 0; i < perHour; i++) {
			file("Personne " + i, "personne" + i + "@exemple.ca", "Demande " + i).andReturn();
		}
		Document busy = Jsoup.parse(file("Marc Ouellet", "marc@exemple.ca", "Que savez-vous de moi ?").andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(busy.select("#error-summary").text()).contains("dans la dernière heure");
		assertThat(busy.select("textarea#details").text()).as("nothing typed is lost")
			.isEqualTo("Que savez-vous de moi ?");
		assertThat(mailsTo("marc@exemple.ca")).isEmpty();

		TestClock.INSTANCE.advance(Duration.ofHours(1).plusMinutes(1));
		assertThat(file("Marc Ouellet", "marc@exemple.ca", "Que savez-vous de moi ?").andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/privacy/request/sent");
		assertThat(mailsTo("marc@exemple.ca")).hasSize(1);
	}

	@Test
	void anAnsweredPublicRequestIsDestroyedTwoYearsAfterItsAnswerAMerchantsRequestStaysWithTheDossier()
			throws Exception {
		file("Lise Arsenault", "lise@exemple.ca", "Effacez ce que vous avez sur moi.");
		confirm(keyIn(mailsTo("lise@exemple.ca")));
		file("Hugo Blais", "hugo@exemple.ca", "Que savez-vous de moi ?");
		confirm(keyIn(mailsTo("hugo@exemple.ca")));
		PrivacyRequest answered = requests.all().stream()
			.filter(request -> request.requester().contains("lise@"))
			.findFirst()
			.orElseThrow();
		requests.answer(answered.id(), "Rien n’est conservé à votre sujet.", answered.version(), officer.accountId());
		var merchant = fixture.merchants.merchantUser(
				fixture.accompanied(fixture.advisor("Anne Tremblay"), "Fleuriste du Trait-Carré").get(0));
		PrivacyRequest ofMerchant = requests.file(merchant.accountId(), RequestKind.ACCESS, "Une copie, SVP.");
		requests.answer(ofMerchant.id(), "Voici la copie.", ofMerchant.version(), officer.accountId());

		// two years are 730 or 731 days: a few days short, nothing; a few days after, the answered one
		TestClock.INSTANCE.advance(Duration.ofDays(727));
		assertThat(retention.destroyAnsweredPublicRequests()).isEmpty();
		TestClock.INSTANCE.advance(Duration.ofDays(4));
		assertThat(retention.destroyAnsweredPublicRequests()).containsExactly(answered.id());
		assertThat(requests.all()).extracting(PrivacyRequest::id)
			.as("the unanswered one waits for its answer, the merchant's follows their dossier's rule")
			.doesNotContain(answered.id())
			.contains(ofMerchant.id())
			.anyMatch(id -> requests.get(id).requester().contains("hugo@"));
	}

	private org.springframework.test.web.servlet.ResultActions file(String name, String email, String details)
			throws Exception {
		return mvc.perform(post("/privacy/request").with(csrf())
			.locale(Locale.CANADA_FRENCH)
			.param("name", name)
			.param("email", email)
			.param("kind", "ACCESS")
			.param("details", details));
	}

	private Document confirm(String key) throws Exception {
		MvcResult result = mvc.perform(post("/privacy/request/confirm").with(csrf()).param("key", key)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private Document page(String path) throws Exception {
		MvcResult result = mvc.perform(get(path)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private List<String> mailsTo(String address) {
		return jdbc.sql("SELECT subject || ' ' || body FROM platform_mail WHERE recipient = :to ORDER BY created_at")
			.param("to", address)
			.query(String.class)
			.list();
	}

	private static String keyIn(List<String> mails) {
		assertThat(mails).hasSize(1);
		Matcher link = LINK.matcher(mails.get(0));
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

}
