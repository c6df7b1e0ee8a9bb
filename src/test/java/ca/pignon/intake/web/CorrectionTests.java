package ca.pignon.intake.web;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import ca.pignon.diagnostic.DiagnosticFixture;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.dossier.DossierStage;
import ca.pignon.intake.ApplicationChange;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.Eligibility;
import ca.pignon.intake.EligibilityReason;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;
import ca.pignon.support.SessionCookie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * After submitting, a merchant corrects their contact person and phone, their links and their storefront's address:
 * each correction in the history, bad input refused in words with what was typed kept, a new address decided again by
 * the rules and waiting for staff.
 */
@SpringBootTest(properties = "pignon.test.context=progress")
@AutoConfigureMockMvc
class CorrectionTests {

	static final Locale FRENCH = Locale.CANADA_FRENCH;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	IntakeManagement intake;

	DiagnosticFixture fixture;

	ApplicationDetails application;

	PignonUser merchant;

	@BeforeEach
	void aRetainedMerchant() {
		fixture = new DiagnosticFixture(context);
		PignonUser advisor = fixture.staff("Anne Tremblay", Role.ADVISOR);
		application = fixture.retained(advisor, "Cordonnerie " + System.nanoTime()).get(0);
		merchant = fixture.merchantUser(application);
	}

	@Test
	void theMerchantCorrectsTheirPhoneAndTheHistoryKeepsTheOldOne() throws Exception {
		String oldPhone = application.contact().phone();
		MvcResult saved = mvc.perform(post("/intake/my/corrections/contact").with(user(merchant)).with(csrf())
			.param("firstName", application.contact().firstName())
			.param("lastName", application.contact().lastName())
			.param("phone", "581 555-0199")
			.param("version", String.valueOf(version()))).andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/intake/my");
		assertThat(page(get("/intake/my").with(user(merchant)).cookie(SessionCookie.of(saved))))
			.contains("Votre correction est enregistrée.").contains("581 555-0199");
		ApplicationChange change = last("CONTACT_CORRECTED");
		assertThat(change.before()).contains(oldPhone);
		assertThat(change.after()).contains("581 555-0199");
	}

	@Test
	void aBadPhoneIsRefusedInWordsAndWhatWasTypedIsKept() throws Exception {
		String page = page(post("/intake/my/corrections/contact").with(user(merchant)).with(csrf())
			.param("firstName", "Rosalinde")
			.param("lastName", "")
			.param("phone", "pas un numero")
			.param("version", String.valueOf(version())));
		assertThat(page).contains("Ce numéro de téléphone n’est pas valide")
			.contains("value=\"pas un numero\"")
			.contains("value=\"Rosalinde\"");
		assertThat(intake.changesOf(application.id())).extracting(ApplicationChange::action)
			.doesNotContain("CONTACT_CORRECTED");
	}

	@Test
	void linksAreCorrectedAndABadOneIsRefused() throws Exception {
		String refused = page(post("/intake/my/corrections/links").with(user(merchant)).with(csrf())
			.param("website", "pas un lien")
			.param("facebook", "https://www.facebook.com/cordonnerie")
			.param("version", String.valueOf(version())));
		// cleaned as at registration (an address without its scheme gets https://), then refused, kept as it stands
		assertThat(refused).contains("Ce lien n’est pas valide").contains("value=\"https://pas un lien\"")
			.contains("value=\"https://www.facebook.com/cordonnerie\"");

		mvc.perform(post("/intake/my/corrections/links").with(user(merchant)).with(csrf())
			.param("website", "https://cordonnerie.exemple.ca")
			.param("facebook", "https://www.facebook.com/cordonnerie")
			.param("version", String.valueOf(version())));
		ApplicationDetails after = intake.application(application.id(), FRENCH);
		assertThat(after.online().website()).isEqualTo("https://cordonnerie.exemple.ca");
		assertThat(after.online().goals()).as("the goals stay as submitted").isEqualTo(application.online().goals());
		assertThat(last("LINKS_CORRECTED").after()).contains("https://cordonnerie.exemple.ca");
	}

	@Test
	void aNewAddressIsDecidedAgainAndWaitsForStaff() throws Exception {
		// when the merchant moves their storefront elsewhere in Québec
		MvcResult saved = mvc.perform(post("/intake/my/corrections/storefront").with(user(merchant)).with(csrf())
			.param("civicNumber", "1")
			.param("street", "Côte de la Montagne")
			.param("municipality", "Québec")
			.param("postalCode", "G1R 4P5")
			.param("receptionMode", "STOREFRONT")
			.param("version", String.valueOf(version()))).andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/intake/my");

		// then the rules placed it and staff must confirm, with everything in the history
		ApplicationDetails after = intake.application(application.id(), FRENCH);
		assertThat(after.storefront().street()).isEqualTo("Côte de la Montagne");
		assertThat(after.assessment().eligibility()).isEqualTo(Eligibility.TO_VERIFY);
		assertThat(after.assessment().reasons()).contains(EligibilityReason.ADDRESS_CORRECTED);
		assertThat(last("ADDRESS_CORRECTED").after()).contains("Côte de la Montagne").contains("G1R 4P5");
		assertThat(last("ELIGIBILITY_REASSESSED").after()).startsWith("TO_VERIFY ADDRESS_CORRECTED");
		assertThat(page(get("/intake/my").with(user(merchant))))
			.contains("une personne de l’équipe confirme votre admissibilité");
		// and the accompaniment goes on meanwhile
		assertThat(context.getBean(DossierManagement.class).get(application.id()).stage())
			.isEqualTo(DossierStage.RETAINED);
	}

	@Test
	void theSameAddressRetypedOrOnlyAUnitKeepsTheDecisionAndThePlaceInTheRound() throws Exception {
		// given the address on file, and the open round the merchant is ranked in
		var onFile = application.storefront();
		var selection = context.getBean(ca.pignon.selection.SelectionManagement.class);
		var round = selection.currentRound().orElseThrow().id();
		Eligibility before = application.assessment().eligibility();
		// when the merchant types it again in capitals without the hyphen, then adds a unit
		for (String unit : new String[] { "", "local 4" }) {
			MvcResult saved = mvc.perform(post("/intake/my/corrections/storefront").with(user(merchant)).with(csrf())
				.param("civicNumber", onFile.civicNumber())
				.param("street", onFile.street().toUpperCase(FRENCH).replace('-', ' '))
				.param("unit", unit)
				.param("municipality", onFile.municipality())
				.param("postalCode", onFile.postalCode().replace(" ", "").toLowerCase(FRENCH))
				.param("receptionMode", onFile.receptionMode().name())
				.param("version", String.valueOf(version()))).andReturn();
			assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/intake/my");
		}
		// then both corrections are in the history, the decision stands and no one is asked to verify it
		ApplicationDetails after = intake.application(application.id(), FRENCH);
		assertThat(after.storefront().unit()).isEqualTo("local 4");
		assertThat(after.assessment().eligibility()).isEqualTo(before);
		assertThat(after.assessment().reasons()).doesNotContain(EligibilityReason.ADDRESS_CORRECTED);
		assertThat(intake.changesOf(application.id())).extracting(ApplicationChange::action)
			.doesNotContain("ELIGIBILITY_REASSESSED")
			.filteredOn("ADDRESS_CORRECTED"::equals)
			.hasSize(2);
		assertThat(selection.ranking(round).row(application.id())).isPresent();
		assertThat(page(get("/intake/my").with(user(merchant))))
			.doesNotContain("une personne de l’équipe confirme votre admissibilité");
	}

	@Test
	void theServiceRefusesABadCorrectionWhoeverSendsIt() {
		var corrections = context.getBean(ca.pignon.intake.IntakeCorrections.class);
		long version = version();
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> corrections.correctContact(merchant.accountId(),
					new ca.pignon.intake.Contact("", "Gingras", "pas un numéro"), version))
			.isInstanceOfSatisfying(ca.pignon.intake.IntakeRefused.class,
					refused -> assertThat(refused.problems()).extracting(p -> p.field())
						.containsExactly("firstName", "phone"));
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> corrections.correctLinks(merchant.accountId(), "javascript:alert(1)", null, null,
					null, version))
			.isInstanceOf(ca.pignon.intake.IntakeRefused.class);
		var onFile = application.storefront();
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> corrections.correctStorefront(merchant.accountId(),
					new ca.pignon.intake.Storefront(onFile.civicNumber(), " ", null, onFile.municipality(), "H3B",
							onFile.receptionMode()),
					version))
			.isInstanceOf(ca.pignon.intake.IntakeRefused.class);
		assertThat(version()).isEqualTo(version);
		assertThat(intake.changesOf(application.id())).extracting(ApplicationChange::action)
			.doesNotContain("CONTACT_CORRECTED", "LINKS_CORRECTED", "ADDRESS_CORRECTED");
	}

	@Test
	void aStalePageIsRefusedAndADraftHasNothingToCorrect() throws Exception {
		MvcResult stale = mvc.perform(post("/intake/my/corrections/contact").with(user(merchant)).with(csrf())
			.param("firstName", "Rosalinde")
			.param("lastName", "Gingras")
			.param("phone", "")
			.param("version", String.valueOf(version() - 1))).andReturn();
		assertThat(stale.getResponse().getRedirectedUrl()).isEqualTo("/intake/my/corrections");
		assertThat(stale.getFlashMap().get("flashError")).isEqualTo("intake.refused.staleVersion");

		var draft = ca.pignon.intake.ApplicationFixture.anApplication(intake).draft(2);
		PignonUser drafting = (PignonUser) context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class)
			.loadUserByUsername(intake.applicationOf(draft, FRENCH).orElseThrow().email());
		assertThat(mvc.perform(get("/intake/my/corrections").with(user(drafting))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	private long version() {
		return intake.application(application.id(), FRENCH).version();
	}

	private ApplicationChange last(String action) {
		List<ApplicationChange> changes = intake.changesOf(application.id())
			.stream()
			.filter(change -> change.action().equals(action))
			.toList();
		assertThat(changes).as(action).isNotEmpty();
		return changes.get(changes.size() - 1);
	}

	private String page(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

}
