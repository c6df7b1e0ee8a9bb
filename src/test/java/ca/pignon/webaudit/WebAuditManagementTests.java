package ca.pignon.webaudit;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.Role;
import ca.pignon.shared.Actor;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.intake.ReceptionMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An application's audits are stored with who ran them, read back in any language, compared with the run before, and
 * announced to the other modules.
 */
@WebAuditSpringTest
class WebAuditManagementTests {

	Actor advisor;

	@Autowired
	AccountManagement accounts;

	@Autowired
	WebAuditManagement audits;

	@Autowired
	IntakeManagement intake;

	@Autowired
	ApplicationEvents events;

	FixtureSite site;

	ApplicationDetails faubourg;

	@BeforeEach
	void theBoulangerieAndItsSite() {
		advisor = Actor.of(accounts.inviteStaff(ApplicationFixture.uniqueEmail("equipe"), "Camille Roy", Role.ADVISOR,
				ApplicationFixture.FRENCH));
		site = FixtureSite.http("complete");
		faubourg = ApplicationFixture.anApplication(intake)
			.named("Boulangerie du Faubourg")
			.at(ApplicationFixture.storefront("1234", "rue Saint-Jean", "Québec", "G1R 1S4", ReceptionMode.STOREFRONT))
			.online(site.url("/"), "facebook.com/boulangeriedufaubourg", "@boulangeriedufaubourg", null)
			.submit();
	}

	@AfterEach
	void stopTheSite() {
		site.close();
	}

	@Test
	void storesTheRunComparesTheSiteWithTheApplicationAndAnnouncesIt() {
		// when
		WebAudit audit = audits.auditApplication(faubourg.id(), advisor, ApplicationFixture.FRENCH);
		// then
		assertThat(audits.latestFor(faubourg.id(), ApplicationFixture.FRENCH)).contains(audit);
		assertThat(audit.check(CheckIds.NAP_CONSISTENCY).orElseThrow().status()).isEqualTo(CheckStatus.PASS);
		assertThat(audit.check(CheckIds.SOCIAL_LINKS).orElseThrow().status()).isEqualTo(CheckStatus.PASS);
		assertThat(audit.check(CheckIds.SOCIAL_LINKS).orElseThrow().evidence()).contains("facebook.com/boulangeriedufaubourg",
				"instagram.com/boulangeriedufaubourg");
		assertThat(audit.check(CheckIds.HTTPS).orElseThrow().status()).isEqualTo(CheckStatus.FAIL);
		assertThat(audits.runsOf(faubourg.id(), ApplicationFixture.FRENCH).get(0).ranByName()).isEqualTo("Camille Roy");
		assertThat(events.stream(WebAuditCompleted.class)).singleElement()
			.satisfies(event -> assertThat(event.auditId()).isEqualTo(audit.id()))
			.satisfies(event -> assertThat(event.applicationId()).isEqualTo(faubourg.id()));
	}

	@Test
	void readsAStoredRunInTheReadersLanguage() {
		// given
		audits.auditApplication(faubourg.id(), advisor, ApplicationFixture.FRENCH);
		// when
		var english = audits.latestFor(faubourg.id(), java.util.Locale.CANADA).orElseThrow();
		var french = audits.latestFor(faubourg.id(), ApplicationFixture.FRENCH).orElseThrow();
		// then
		assertThat(french.check(CheckIds.HTTPS).orElseThrow().evidence()).startsWith("La page est servie sans chiffrement");
		assertThat(english.check(CheckIds.HTTPS).orElseThrow().evidence()).startsWith("The page is served without encryption");
		assertThat(english.check(CheckIds.HTTPS).orElseThrow().message()).contains("Let’s Encrypt");
	}

	@Test
	void saysWhatChangedSinceThePreviousRun() {
		// given: a first run, then the merchant removes the description and adds a viewport-less page… and fixes nothing
		audits.auditApplication(faubourg.id(), advisor, ApplicationFixture.FRENCH);
		site.html("/", "<html lang=\"fr-CA\"><head><title>Boulangerie du Faubourg – pains au levain</title></head>"
				+ "<body><p>1234, rue Saint-Jean · 418 555-0123</p></body></html>");
		// when
		audits.auditApplication(faubourg.id(), advisor, ApplicationFixture.FRENCH);
		var comparison = audits.changesSinceLast(faubourg.id(), ApplicationFixture.FRENCH).orElseThrow();
		// then
		assertThat(audits.historyOf(faubourg.id(), ApplicationFixture.FRENCH)).hasSize(2)
			.first()
			.isEqualTo(comparison.current());
		assertThat(comparison.changes()).extracting(CheckChange::id)
			.contains(CheckIds.META_DESCRIPTION, CheckIds.MOBILE_VIEWPORT, CheckIds.OPEN_GRAPH)
			.doesNotContain(CheckIds.REACHABLE, CheckIds.HTTPS, CheckIds.NAP_CONSISTENCY, CheckIds.LANG);
		assertThat(comparison.changes()).filteredOn(change -> change.id().equals(CheckIds.META_DESCRIPTION))
			.singleElement()
			.satisfies(change -> assertThat(change.before()).isEqualTo(CheckStatus.PASS))
			.satisfies(change -> assertThat(change.after()).isEqualTo(CheckStatus.FAIL))
			.satisfies(change -> assertThat(change.worsened()).isTrue());
	}

	@Test
	void hasNothingToCompareAfterOneRun() {
		audits.auditApplication(faubourg.id(), advisor, ApplicationFixture.FRENCH);
		assertThat(audits.changesSinceLast(faubourg.id(), ApplicationFixture.FRENCH)).isEmpty();
	}

	@Test
	void refusesToAuditAnApplicationWithoutWebsite() {
		// given
		var noSite = ApplicationFixture.anApplication(intake).online(null, null, "@fleuriste", null).submit();
		// when / then
		assertThatThrownBy(() -> audits.auditApplication(noSite.id(), advisor, ApplicationFixture.FRENCH))
			.isInstanceOf(WebAuditRefused.class)
			.extracting(ex -> ((WebAuditRefused) ex).messageKey())
			.isEqualTo("webaudit.refused.noWebsite");
		assertThat(audits.historyOf(noSite.id(), ApplicationFixture.FRENCH)).isEqualTo(List.of());
	}

}
