package ca.pignon.intake.web;

import org.assertj.core.api.Condition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ca.pignon.shared.Actor;
import ca.pignon.intake.ApplicationChange;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.intake.Eligibility;
import ca.pignon.intake.ReceptionMode;
import ca.pignon.intake.StaffFixture;
import ca.pignon.platform.Role;

import static ca.pignon.intake.ApplicationFixture.anApplication;
import static ca.pignon.intake.ApplicationFixture.uniqueEmail;
import static ca.pignon.intake.ApplicationFixture.unknownStreet;
import static ca.pignon.intake.MessageFiles.french;
import static ca.pignon.intake.web.StepForms.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The two staff forms of an application page: a refused decision or placement says why in French, keeps what was
 * typed and changes nothing.
 */
class StaffFormTests extends IntakeWebTest {

	RequestPostProcessor manager;

	ApplicationDetails toVerify;

	@BeforeEach
	void aManagerAndAnApplicationToVerify() {
		String email = uniqueEmail("gestion");
		StaffFixture.staffMember(accounts, jdbc, email, "Hélène Gestion", Role.MANAGER);
		manager = signedIn(users, email);
		toVerify = anApplication(intake).at(unknownStreet("Québec", "G1R 4P5", ReceptionMode.STOREFRONT)).submit();
	}

	@Test
	void asksWhyADecisionIsOverridden() throws Exception {
		// when
		var page = refused(override("ELIGIBLE", "   ", toVerify.version()));

		// then
		assertThat(page.errorFor("reason")).isEqualTo(french("intake.override.reason.required"));
		assertThat(page.errorSummary()).contains(french("intake.override.reason.required"));
	}

	@Test
	void asksForTheNewDecisionAndKeepsTheReasonTyped() throws Exception {
		// when
		var page = refused(override("", "Bail commercial reçu par courriel.", toVerify.version()));

		// then
		assertThat(page.errorFor("eligibility")).isEqualTo(french("intake.override.eligibility.required"));
		assertThat(page.valueOf("reason")).isEqualTo("Bail commercial reçu par courriel.");
	}

	@Test
	void refusesAnOverrideOfAVersionAColleagueChanged() throws Exception {
		// given a colleague who decided in the meantime
		intake.overrideEligibility(toVerify.id(), Eligibility.NOT_ELIGIBLE, "Local vide.", toVerify.version(),
				StaffFixture.advisor(accounts, "Marc Bouchard"));
		var changed = intake.application(toVerify.id(), ApplicationFixture.FRENCH);

		// when
		var page = refused(override("ELIGIBLE", "Bail commercial reçu.", toVerify.version()), changed);

		// then
		assertThat(page.errorSummary()).contains(french("intake.refused.staleVersion"));
		assertThat(page.valueOf("reason")).isEqualTo("Bail commercial reçu.");
		assertThat(page.document().select("form:has([name=reason]) input[name=version]").val())
			.isEqualTo(String.valueOf(changed.version()));
	}

	@Test
	void letsTheStaffMemberRetryOnTheVersionTheRefusalShowed() throws Exception {
		// given
		intake.overrideEligibility(toVerify.id(), Eligibility.NOT_ELIGIBLE, "Local vide.", toVerify.version(),
				StaffFixture.advisor(accounts, "Marc Bouchard"));
		var page = refused(override("ELIGIBLE", "Bail commercial reçu.", toVerify.version()),
				intake.application(toVerify.id(), ApplicationFixture.FRENCH));
		long shown = Long.parseLong(page.document().select("form:has([name=reason]) input[name=version]").val());

		// when
		mvc.perform(override("ELIGIBLE", "Bail commercial reçu, après relecture.", shown))
			.andExpect(redirectedUrl("/intake/applications/" + toVerify.id()));

		// then
		assertThat(intake.application(toVerify.id(), ApplicationFixture.FRENCH).assessment().eligibility())
			.isEqualTo(Eligibility.ELIGIBLE);
	}

	@Test
	void overridesADecisionInTheNameOfTheStaffMember() throws Exception {
		// when
		mvc.perform(override("ELIGIBLE", "Bail commercial reçu.", toVerify.version()))
			.andExpect(redirectedUrl("/intake/applications/" + toVerify.id()))
			.andExpect(flash().attribute("flash", "intake.override.done"));

		// then
		assertThat(intake.changesOf(toVerify.id())).last().satisfies(change -> {
			assertThat(change.action()).isEqualTo("ELIGIBILITY_OVERRIDDEN");
			assertThat(change.actorName()).isEqualTo("Hélène Gestion");
			assertThat(change.reason()).isEqualTo("Bail commercial reçu.");
		});
	}

	@ParameterizedTest(name = "{0}, {1}")
	@CsvSource(delimiter = ';', textBlock = """
			91;    -71.2052; latitude;  intake.placement.latitude.invalid
			-90.5; -71.2052; latitude;  intake.placement.latitude.invalid
			abc;   -71.2052; latitude;  typeMismatch.latitude
			'';    -71.2052; latitude;  intake.placement.latitude.invalid
			46.8;  -181;     longitude; intake.placement.longitude.invalid
			46.8;  -71,2,5;  longitude; typeMismatch.longitude
			""")
	void refusesAPointThatIsNotOnEarth(String latitude, String longitude, String field, String messageKey)
			throws Exception {
		// when
		var page = refused(place(latitude, longitude, "Vu sur la carte."));

		// then
		assertThat(page.errorFor(field)).isEqualTo(french(messageKey));
		assertThat(page.valueOf("latitude")).is(theSameAs(latitude));
		assertThat(page.valueOf("longitude")).is(theSameAs(longitude));
		assertThat(page.valueOf("placementReason")).isEqualTo("Vu sur la carte.");
	}

	@Test
	void asksWhereThePointComesFrom() throws Exception {
		// when
		var page = refused(place("46.8119", "-71.2052", ""));

		// then
		assertThat(page.errorFor("placementReason")).isEqualTo(french("intake.override.reason.required"));
		assertThat(page.valueOf("latitude")).isEqualTo("46.8119");
	}

	@Test
	void placesThePointAndDecidesAgain() throws Exception {
		// when
		mvc.perform(place("46.8119", "-71.2052", "Vu sur Street View."))
			.andExpect(redirectedUrl("/intake/applications/" + toVerify.id()))
			.andExpect(flash().attribute("flash", "intake.placement.done"));

		// then
		var application = intake.application(toVerify.id(), ApplicationFixture.FRENCH);
		assertThat(application.assessment().eligibility()).isEqualTo(Eligibility.ELIGIBLE);
		assertThat(intake.changesOf(toVerify.id())).extracting(ApplicationChange::actorName)
			.containsExactly("Rosalie Gingras", "Hélène Gestion", "Hélène Gestion");
	}

	@Test
	void readsCoordinatesWrittenWithADecimalComma() throws Exception {
		// when
		mvc.perform(place("46,8119", "-71,2052", "Lu sur la carte, à la française."))
			.andExpect(redirectedUrl("/intake/applications/" + toVerify.id()));

		// then
		var location = intake.application(toVerify.id(), ApplicationFixture.FRENCH).location();
		assertThat(location.latitude()).isEqualTo(46.8119);
		assertThat(location.longitude()).isEqualTo(-71.2052);
	}

	/** What was typed, or the same number written as Java writes it ("91" comes back as "91.0"). */
	private static Condition<String> theSameAs(String typed) {
		return new Condition<>(shown -> shown.equals(typed) || isNumber(typed) && isNumber(shown)
				&& Double.parseDouble(shown) == Double.parseDouble(typed), "the same as \"%s\"", typed);
	}

	private static boolean isNumber(String text) {
		try {
			Double.parseDouble(text);
			return true;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private MockHttpServletRequestBuilder override(String eligibility, String reason, long version) {
		return post("/intake/applications/{id}/eligibility", toVerify.id().value()).with(manager)
			.with(csrf())
			.param("eligibility", eligibility)
			.param("reason", reason)
			.param("version", String.valueOf(version));
	}

	private MockHttpServletRequestBuilder place(String latitude, String longitude, String reason) {
		return post("/intake/applications/{id}/location", toVerify.id().value()).with(manager)
			.with(csrf())
			.param("latitude", latitude)
			.param("longitude", longitude)
			.param("placementReason", reason)
			.param("version", String.valueOf(toVerify.version()));
	}

	private Page refused(MockHttpServletRequestBuilder request) throws Exception {
		return refused(request, intake.application(toVerify.id(), ApplicationFixture.FRENCH));
	}

	private Page refused(MockHttpServletRequestBuilder request, ApplicationDetails before) throws Exception {
		var changes = intake.changesOf(toVerify.id());
		var result = mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(view().name("intake/application"))
			.andReturn();
		assertThat(intake.application(toVerify.id(), ApplicationFixture.FRENCH)).isEqualTo(before);
		assertThat(intake.changesOf(toVerify.id())).isEqualTo(changes);
		return Page.of(result);
	}

}
