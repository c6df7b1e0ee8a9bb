package ca.pignon.diagnostic;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import ca.pignon.shared.Actor;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;
import ca.pignon.webaudit.CheckIds;
import ca.pignon.webaudit.CheckStatus;
import ca.pignon.webaudit.FixtureSite;
import ca.pignon.webaudit.WebAudit;
import ca.pignon.webaudit.WebAuditManagement;

import static ca.pignon.intake.ApplicationFixture.FRENCH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The advisor audits the merchant's site (a real one, served on loopback); the merchant's questionnaire then
 * suggests what the audit saw, until the merchant confirms or changes it (a question shown only after another
 * answer, such as "does the site show well on a phone?", appears once the merchant confirms there is a site).
 */
@SpringBootTest(properties = { "pignon.test.context=diagnostic-webaudit", "pignon.webaudit.allowed-hosts=127.0.0.1:*" })
class WebAuditSuggestionsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	IntakeManagement intake;

	@Autowired
	WebAuditManagement audits;

	@Autowired
	DiagnosticManagement diagnostics;

	@Autowired
	DiagnosticReader reader;

	DiagnosticFixture fixture;

	FixtureSite site;

	@BeforeEach
	void theBoulangerieAndItsSite() {
		fixture = new DiagnosticFixture(context);
		fixture.reset();
		site = FixtureSite.http("complete");
	}

	@AfterEach
	void stopTheSite() {
		site.close();
	}

	@Test
	void theAuditOfTheMerchantsSiteSuggestsTheAnswersTheMerchantConfirms() {
		// given a retained merchant whose site the advisor audited
		PignonUser advisor = fixture.staff("Camille Roy", Role.ADVISOR);
		ApplicationDetails faubourg = ApplicationFixture.anApplication(intake)
			.named("Boulangerie du Faubourg")
			.online(site.url("/"), "facebook.com/boulangeriedufaubourg", "@boulangeriedufaubourg", null)
			.submit();
		fixture.retained(advisor, List.of(faubourg));
		WebAudit audit = audits.auditApplication(faubourg.id(), Actor.of(advisor.accountId()),
				FRENCH);
		PignonUser merchant = fixture.merchantUser(faubourg);
		DiagnosticId diagnostic = diagnostics
			.start(faubourg.id(), DiagnosticKind.T0, DiagnosticFixture.respondent(merchant), FRENCH)
			.id();

		// when the merchant opens the website theme, which suggests there is a site, and confirms it
		QuestionView hasSite = question(reader.sheet(diagnostic, "website", false, FRENCH), "web-has-site");
		assertThat(hasSite.answered()).isFalse();
		assertThat(hasSite.values()).containsExactly("yes");
		fixture.answer(diagnostic, "website", java.util.Map.of("web-has-site", List.of("yes")), merchant);
		DimensionSheet website = reader.sheet(diagnostic, "website", false, FRENCH);

		// then the questions about the site appear, what the audit saw suggested with what it found, not yet answers
		assertThat(question(website, "web-has-site").answered()).isTrue();
		QuestionView mobile = question(website, "web-mobile");
		assertThat(audit.check(CheckIds.MOBILE_VIEWPORT).orElseThrow().status()).isEqualTo(CheckStatus.PASS);
		assertThat(mobile.answered()).isFalse();
		assertThat(mobile.values()).containsExactly("yes");
		assertThat(mobile.hint().evidence()).isEqualTo(audit.check(CheckIds.MOBILE_VIEWPORT).orElseThrow().evidence());
		// the test site is served over plain http: no padlock
		assertThat(question(website, "web-https").values()).containsExactly("no");
		assertThat(question(website, "web-content").values()).contains("hours", "contact");
		assertThat(reader.sheet(diagnostic, "social", false, FRENCH).questions()
			.stream()
			.filter(view -> view.question().id().equals("soc-accounts"))
			.findFirst()
			.orElseThrow()
			.values()).contains("facebook", "instagram");
	}

	static QuestionView question(DimensionSheet sheet, String id) {
		return sheet.questions()
			.stream()
			.filter(view -> view.question().id().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no question " + id + " on " + sheet.dimension().id()));
	}

}
