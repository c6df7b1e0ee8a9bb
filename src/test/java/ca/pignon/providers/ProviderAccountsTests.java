package ca.pignon.providers;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.Dates;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;
import ca.pignon.shared.Actor;

import static ca.pignon.providers.ProvidersFixture.FRENCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Providers' accounts (role PROVIDER): approval invites the provider to choose a password by a one-time link; signed
 * in, a provider keeps their profile current (what widens their vetted services or areas waits for a manager, who
 * sees every change) and answers the requests sent to them under the same rules as their link; a suspended provider
 * reads why and cannot answer; another provider's request is not found.
 */
@SpringBootTest(properties = "pignon.test.context=providers")
@AutoConfigureMockMvc
class ProviderAccountsTests {

	static final Pattern PASSWORD_LINK = Pattern.compile("/account/password/([A-Za-z0-9_-]+)");

	static final String PASSWORD = "une phrase de passe de fournisseur";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ProviderAccountManagement accounts;

	@Autowired
	AccountManagement platformAccounts;

	@Autowired
	UserDetailsService users;

	ProvidersFixture fixture;

	PignonUser merchant;

	ApplicationDetails application;

	@BeforeEach
	void aMerchantWithAnApprovedPlan() {
		fixture = new ProvidersFixture(context);
		fixture.reset();
		PignonUser advisor = fixture.advisor();
		application = fixture.merchantWithApprovedPlan(advisor, "Cordonnerie " + System.nanoTime());
		merchant = fixture.merchant(application);
	}

	@Test
	void approvingAProviderInvitesThemToChooseTheirPasswordAndTheLinkWorksOnce() {
		// when
		ProviderId provider = fixture.vetted("Delta Web " + System.nanoTime(), "website");
		// then
		String email = fixture.emailOf(provider);
		String secret = invitationSecret(email);
		assertThat(accounts.profile(provider).account()).isNotNull();
		assertThat(fixture.jdbc.sql("SELECT count(*) FROM platform_account_token WHERE token_hash = :secret")
			.param("secret", secret)
			.query(Integer.class)
			.single()).as("the secret itself is never kept").isZero();
		platformAccounts.setPasswordFromLink(secret, PASSWORD);
		PignonUser signedIn = (PignonUser) users.loadUserByUsername(email);
		assertThat(signedIn.role()).isEqualTo(Role.PROVIDER);
		assertThat(accounts.ofAccount(signedIn.accountId()).orElseThrow().provider().id()).isEqualTo(provider);
		assertThatThrownBy(() -> platformAccounts.setPasswordFromLink(secret, PASSWORD))
			.hasMessageContaining("platform.password.linkInvalid");
		// a second invitation is refused: the provider has their account
		assertThatThrownBy(() -> accounts.invite(provider)).isInstanceOf(ProvidersRefused.class);
	}

	@Test
	void aProviderSignedInAnswersTheirRequestOnceWithoutTheMerchantsIdentityAndNeverAnothersRequest() throws Exception {
		// given a brief sent, without consent, to two providers with accounts
		ProviderId alpha = fixture.vetted("Echo Web " + System.nanoTime(), "website");
		ProviderId bravo = fixture.vetted("Foxtrot Web " + System.nanoTime(), "website");
		PignonUser alphaUser = signedIn(alpha);
		PignonUser bravoUser = signedIn(bravo);
		BriefId brief = fixture.briefs.open(application.id(), "web-simple-site", Actor.of(merchant.accountId()), FRENCH);
		fixture.shortlists.draw(brief, Actor.of(merchant.accountId()));
		BriefDetails sent = fixture.briefs.send(brief, LocalDate.now(Dates.PROGRAM_ZONE).plusDays(7), false,
				Actor.of(merchant.accountId()), true);
		UUID request = requestOf(alpha);
		// when alpha lists and opens their request
		String list = body(get("/providers/me/requests").with(user(alphaUser)));
		String page = body(get("/providers/me/requests/" + request).with(user(alphaUser)));
		// then it shows the brief, not who the merchant is
		assertThat(list).contains("/providers/me/requests/" + request).contains("À répondre avant");
		assertThat(page).contains(org.springframework.web.util.HtmlUtils.htmlEscape(sent.title(), "UTF-8"))
			.doesNotContain(org.springframework.web.util.HtmlUtils.htmlEscape(sent.businessName(), "UTF-8"));
		// another provider's request is not found
		assertThat(status(get("/providers/me/requests/" + request), bravoUser)).isEqualTo(404);
		assertThat(status(quote(post("/providers/me/requests/" + request)), bravoUser)).isEqualTo(404);
		// alpha answers once; a second answer is refused and the first stays
		assertThat(status(quote(post("/providers/me/requests/" + request)), alphaUser)).isEqualTo(302);
		MvcResult twice = mvc.perform(quote(post("/providers/me/requests/" + request)).param("oneTime", "1")
			.with(user(alphaUser))).andReturn();
		assertThat(twice.getFlashMap().get("flashError")).isEqualTo("providers.quote.twice");
		assertThat(fixture.choices.comparison(brief).columns()).hasSize(1);
		assertThat(fixture.quoteRequests.requestsOf(alpha)).singleElement()
			.satisfies(listed -> assertThat(listed.state()).isEqualTo(QuotePage.State.ANSWERED));
		// the link mailed to alpha says the same: answered
		String link = fixture.linkMailedTo(fixture.emailOf(alpha));
		assertThat(fixture.quoteRequests.quotePage(link).orElseThrow().state()).isEqualTo(QuotePage.State.ANSWERED);
	}

	@Test
	void aSuspendedProviderReadsWhyAndCannotAnswerAndAnExpiredRequestSaysSo() throws Exception {
		// given
		ProviderId provider = fixture.vetted("Golf Web " + System.nanoTime(), "website");
		PignonUser signedIn = signedIn(provider);
		BriefId brief = fixture.briefs.open(application.id(), "web-simple-site", Actor.of(merchant.accountId()), FRENCH);
		fixture.shortlists.draw(brief, Actor.of(merchant.accountId()));
		fixture.briefs.send(brief, LocalDate.now(Dates.PROGRAM_ZONE).plusDays(7), false,
				Actor.of(merchant.accountId()), true);
		UUID request = requestOf(provider);
		// when
		fixture.providers.suspend(provider, "Plaintes répétées de commerçants", fixture.manager.accountId());
		// then
		assertThat(body(get("/providers/me").with(user(signedIn)))).contains("Plaintes répétées de commerçants")
			.contains("suspendue");
		assertThat(body(get("/providers/me/requests/" + request).with(user(signedIn))))
			.contains("vous ne pouvez pas répondre").doesNotContain("Envoyer ma soumission");
		String refused = body(quote(post("/providers/me/requests/" + request)).with(user(signedIn)));
		assertThat(refused).contains("vous ne pouvez pas répondre");
		assertThat(fixture.choices.comparison(brief).columns()).isEmpty();
		// nor change the contact and site the directory would show once the suspension is lifted
		String edited = body(profile(post("/providers/me"), "418 555-0199").with(user(signedIn)));
		assertThat(edited).contains("Votre inscription est suspendue ou a été refusée");
		assertThat(accounts.profile(provider).provider().phone()).isNotEqualTo("418 555-0199");
		// past the deadline the request says so and shows nothing else
		fixture.jdbc.sql("UPDATE providers_request SET expires_at = now() - interval '1 minute'").update();
		MvcResult expired = mvc.perform(get("/providers/me/requests/" + request).with(user(signedIn))).andReturn();
		assertThat(expired.getResponse().getStatus()).isEqualTo(410);
		assertThat(expired.getResponse().getContentAsString()).contains("Le délai pour répondre");
	}

	@Test
	void aProviderPastTheirApprovalReadsThatItEndedAndCannotAnswer() throws Exception {
		// given
		ProviderId provider = fixture.vetted("Kilo Web " + System.nanoTime(), "website");
		PignonUser signedIn = signedIn(provider);
		BriefId brief = fixture.briefs.open(application.id(), "web-simple-site", Actor.of(merchant.accountId()), FRENCH);
		fixture.shortlists.draw(brief, Actor.of(merchant.accountId()));
		fixture.briefs.send(brief, LocalDate.now(Dates.PROGRAM_ZONE).plusDays(7), false,
				Actor.of(merchant.accountId()), true);
		UUID request = requestOf(provider);
		// when
		fixture.jdbc.sql("UPDATE providers_provider SET approved_until = current_date - 3 WHERE id = :id")
			.param("id", provider.value())
			.update();
		// then
		assertThat(body(get("/providers/me").with(user(signedIn)))).contains("Votre approbation a pris fin");
		assertThat(body(quote(post("/providers/me/requests/" + request)).with(user(signedIn))))
			.contains("vous ne pouvez pas répondre");
		assertThat(fixture.choices.comparison(brief).columns()).isEmpty();
	}

	@Test
	void aServiceAddedWaitsForAManagerWhileTheRestAppliesAtOnceAndTheManagerSeesWhatChanged() throws Exception {
		// given a website provider, signed in
		ProviderId provider = fixture.vetted("Hotel Web " + System.nanoTime(), "website");
		PignonUser signedIn = signedIn(provider);
		// when they add photos and change their phone
		assertThat(status(profile(post("/providers/me"), "418 555-0199", "website", "photography"), signedIn))
			.isEqualTo(302);
		// then the phone is changed, the photos wait; the vetted website holds
		ProviderProfile profile = accounts.profile(provider);
		assertThat(profile.provider().phone()).isEqualTo("418 555-0199");
		assertThat(profile.provider().services()).containsExactly("website");
		assertThat(profile.pending().services()).containsExactlyInAnyOrder("website", "photography");
		assertThat(fixture.providers.vettedOffering("photography")).isEmpty();
		// the form shows what waits: saving it again changes nothing more
		assertThat(body(get("/providers/me").with(user(signedIn)))).contains("En attente de vérification");
		status(profile(post("/providers/me"), "418 555-0199", "website", "photography"), signedIn);
		assertThat(accounts.profile(provider).changes()).filteredOn(change -> change.field().equals("services"))
			.singleElement()
			.satisfies(change -> assertThat(change.state()).isEqualTo(ProfileChange.State.WAITING));
		assertThat(accounts.profile(provider).changes()).filteredOn(change -> change.field().equals("phone"))
			.singleElement()
			.satisfies(change -> assertThat(change.state()).isEqualTo(ProfileChange.State.APPLIED));
		// the manager sees the change in the directory and on the provider's page, and accepts it
		assertThat(body(get("/providers/directory").with(user(fixture.manager)))).contains("Modifications à vérifier");
		assertThat(body(get("/providers/directory/" + provider.value()).with(user(fixture.manager))))
			.contains("418 555-0100", "418 555-0199", "En attente d’un gestionnaire");
		assertThat(status(post("/providers/directory/" + provider.value() + "/changes").param("decision", "decline"),
				fixture.manager)).isEqualTo(302);
		assertThat(accounts.profile(provider).hasPending()).as("declining needs a reason").isTrue();
		status(post("/providers/directory/" + provider.value() + "/changes").param("decision", "accept"),
				fixture.manager);
		assertThat(accounts.profile(provider).provider().services()).containsExactlyInAnyOrder("website", "photography");
		assertThat(fixture.providers.vettedOffering("photography")).extracting(ProviderDetails::id).containsExactly(provider);
		// removing a service applies at once
		status(profile(post("/providers/me"), "418 555-0199", "photography"), signedIn);
		assertThat(accounts.profile(provider).provider().services()).containsExactly("photography");
		assertThat(accounts.profile(provider).hasPending()).isFalse();
	}

	@Test
	void aProfileWithMistakesComesBackAsTypedWithTheReason() throws Exception {
		ProviderId provider = fixture.vetted("India Web " + System.nanoTime(), "website");
		PignonUser signedIn = signedIn(provider);
		String page = body(profile(post("/providers/me"), "418 555-0177").param("website", "pas une adresse")
			.with(user(signedIn)));
		assertThat(page).contains("418 555-0177", "pas une adresse");
		assertThat(accounts.profile(provider).provider().phone()).isEqualTo("418 555-0100");
		assertThat(accounts.profile(provider).changes()).isEmpty();
	}

	@Test
	void aProviderApprovedBeforeAccountsExistedIsInvitedOnDemand() throws Exception {
		ProviderId provider = fixture.vetted("Juliet Web " + System.nanoTime(), "website");
		fixture.jdbc.sql("UPDATE providers_provider SET account_id = NULL WHERE id = :id")
			.param("id", provider.value())
			.update();
		fixture.jdbc.sql("DELETE FROM platform_account_token WHERE account_id = (SELECT id FROM platform_account WHERE email = :email)")
			.param("email", fixture.emailOf(provider))
			.update();
		fixture.jdbc.sql("DELETE FROM platform_account WHERE email = :email")
			.param("email", fixture.emailOf(provider))
			.update();
		assertThat(status(post("/providers/directory/" + provider.value() + "/account"), fixture.manager))
			.isEqualTo(302);
		assertThat(accounts.profile(provider).account()).isNotNull();
	}

	private PignonUser signedIn(ProviderId provider) {
		String email = fixture.emailOf(provider);
		platformAccounts.setPasswordFromLink(invitationSecret(email), PASSWORD);
		return (PignonUser) users.loadUserByUsername(email);
	}

	private String invitationSecret(String email) {
		String body = fixture.jdbc.sql("""
				SELECT body FROM platform_mail WHERE recipient = :to AND subject = 'Votre accès à Pignon'
				ORDER BY created_at DESC LIMIT 1""").param("to", email).query(String.class).single();
		Matcher matcher = PASSWORD_LINK.matcher(body);
		assertThat(matcher.find()).as("a link to choose a password in " + body).isTrue();
		return matcher.group(1);
	}

	private UUID requestOf(ProviderId provider) {
		return fixture.jdbc.sql("SELECT id FROM providers_request WHERE provider_id = :id")
			.param("id", provider.value())
			.query(UUID.class)
			.single();
	}

	private static MockHttpServletRequestBuilder profile(MockHttpServletRequestBuilder request, String phone,
			String... services) {
		request.with(csrf())
			.param("contactName", "Léa")
			.param("phone", phone)
			.param("website", "https://agence.test")
			.param("wholeTerritory", "true")
			.param("languages", "fr")
			.param("priceRange", "De 800 $ à 2000 $")
			.param("portfolio", "");
		for (String service : services) {
			request.param("services", service);
		}
		return request;
	}

	private static MockHttpServletRequestBuilder quote(MockHttpServletRequestBuilder request) {
		return request.with(csrf())
			.param("oneTime", "900")
			.param("yearly", "120")
			.param("included", "Cinq pages")
			.param("weeks", "6")
			.param("domainOwner", "MERCHANT")
			.param("contentOwner", "MERCHANT")
			.param("accessibility", "WCAG_AA")
			.param("hosting", "CANADA")
			.param("frenchService", "true")
			.param("maintenance", "Mises à jour");
	}

	private int status(MockHttpServletRequestBuilder route, PignonUser as) throws Exception {
		return mvc.perform(route.with(user(as)).with(csrf())).andReturn().getResponse().getStatus();
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

}
