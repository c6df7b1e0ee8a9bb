package ca.pignon.intake;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import ca.pignon.dossier.DossierArea;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;
import ca.pignon.reporting.Grouping;
import ca.pignon.reporting.ReportRequest;
import ca.pignon.reporting.ReportingManagement;
import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;
import ca.pignon.territory.SdcLayer;
import ca.pignon.territory.TerritoryManagement;

import static ca.pignon.intake.ApplicationFixture.anApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The SDC layer from end to end: uploaded by a manager, every located application placed again in its SDC, a choice
 * by hand kept across uploads and written in the history, the reports grouped by the uploaded names.
 */
@IntakeSpringTest
class SdcPlacementTests {

	/** SDC Saint-Roch (essai) holds the bus station, where {@link ApplicationFixture} puts its storefronts. */
	static final String BOTH = "/territory/sdc-test.geojson";

	@Autowired
	IntakeManagement intake;

	@Autowired
	TerritoryManagement territory;

	@Autowired
	DossierManagement dossiers;

	@Autowired
	ReportingManagement reporting;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void placesTheApplicationsAlreadyLocatedAgainWhenTheLayerChanges() throws Exception {
		// given a storefront at the bus station, and a layer without Saint-Roch
		upload(charlesbourgOnly());
		var application = anApplication(intake).submit();
		assertThat(sdcOf(application.id())).isEmpty();
		// when a manager uploads a layer with Saint-Roch
		upload(file(BOTH));
		// then the dossier is placed in it, once the new layer's event is handled
		await().atMost(Duration.ofSeconds(20))
			.until(() -> sdcOf(application.id()).map(DossierArea::name).orElse("").equals("SDC Saint-Roch (essai)"));
		assertThat(intake.sdc(application.id()).manual()).isFalse();
	}

	@Test
	void aNewApplicationGetsItsSdcFromItsPoint() throws Exception {
		upload(file(BOTH));
		var application = anApplication(intake).submit();
		assertThat(sdcOf(application.id())).map(DossierArea::code).contains("sdc-saint-roch-essai");
	}

	@Test
	void keepsAnSdcSetByHandAcrossUploadsWithItsReasonInTheHistory() throws Exception {
		// given
		upload(file(BOTH));
		var application = anApplication(intake).submit();
		Actor manager = StaffFixture.advisor(accounts, "Mireille Gagnon");
		// when a manager says it is in Charlesbourg's SDC
		intake.chooseSdc(application.id(), "sdc-charlesbourg-essai", "La SDC nous l’a confirmé.", manager);
		// then
		assertThat(sdcOf(application.id())).map(DossierArea::name).contains("SDC Charlesbourg (essai)");
		assertThat(intake.changesOf(application.id())).last().satisfies(change -> {
			assertThat(change.action()).isEqualTo("SDC_CHOSEN");
			assertThat(change.actorName()).isEqualTo("Mireille Gagnon");
			assertThat(change.before()).isEqualTo("SDC Saint-Roch (essai)");
			assertThat(change.after()).isEqualTo("SDC Charlesbourg (essai)");
			assertThat(change.reason()).isEqualTo("La SDC nous l’a confirmé.");
		});
		// when the layer is uploaded again, and every application placed again
		upload(file(BOTH));
		var other = anApplication(intake).submit();
		await().atMost(Duration.ofSeconds(20)).until(() -> sdcOf(other.id()).isPresent());
		// then the choice by hand stays
		assertThat(sdcOf(application.id())).map(DossierArea::name).contains("SDC Charlesbourg (essai)");
		// when the manager says it is in no SDC, then gives it back to its point
		intake.chooseSdc(application.id(), IntakeManagement.NO_SDC, "Hors de la SDC.", manager);
		assertThat(sdcOf(application.id())).isEmpty();
		intake.chooseSdc(application.id(), IntakeManagement.SDC_OF_POINT, "Erreur de ma part.", manager);
		assertThat(sdcOf(application.id())).map(DossierArea::name).contains("SDC Saint-Roch (essai)");
	}

	@Test
	void refusesAChoiceOutsideTheLayerOrWithoutAReason() throws Exception {
		upload(file(BOTH));
		var application = anApplication(intake).submit();
		Actor manager = StaffFixture.advisor(accounts, "Mireille Gagnon");
		try {
			intake.chooseSdc(application.id(), "sdc-inconnue", " ", manager);
		}
		catch (IntakeRefused refused) {
			assertThat(refused.problems()).extracting(problem -> problem.field() + " " + problem.messageKey())
				.containsExactly("sdcChoice intake.sdc.choice.unknown", "sdcReason intake.override.reason.required");
		}
		assertThat(intake.changesOf(application.id())).extracting(ApplicationChange::action).doesNotContain("SDC_CHOSEN");
	}

	@Test
	void reportsGroupBySdcWithTheUploadedNames() throws Exception {
		upload(file(BOTH));
		anApplication(intake).submit();
		LocalDate today = LocalDate.now();
		var report = reporting.report(new ReportRequest(List.of(Grouping.SDC), today.minusYears(1),
				today.plusYears(1), null));
		assertThat(report.rows()).extracting(row -> row.group().get("sdc")).contains("SDC Saint-Roch (essai)");
	}

	@Test
	void showsEveryProblemOfARefusedFileOnThePageAndKeepsTheLayer() throws Exception {
		// given
		upload(file(BOTH));
		long before = territory.sdcLayer().orElseThrow().version();
		String bad = """
				{"type": "FeatureCollection", "features": [
				  {"type": "Feature", "properties": {"nom": "SDC Ouverte"}, "geometry": {"type": "Polygon",
				   "coordinates": [[[-71.232, 46.808], [-71.200, 46.808], [-71.200, 46.822], [-71.232, 46.822]]]}},
				  {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon",
				   "coordinates": [[[-73.60, 45.50], [-73.58, 45.50], [-73.58, 45.52], [-73.60, 45.50]]]}}]}""";
		// when
		String page = mvc
			.perform(multipart("/territory/sdc")
				.file(new MockMultipartFile("file", "sdc.geojson", "application/geo+json",
						bad.getBytes(StandardCharsets.UTF_8)))
				.with(user(manager()))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// then
		assertThat(page).contains("id=\"error-summary\"")
			.contains("Secteur 1 (SDC Ouverte) : un anneau n’est pas fermé")
			.contains("Secteur 2 : il n’a pas de nom")
			.contains("Secteur 2 (—) : une partie est hors du territoire du programme")
			.contains("3 problèmes")
			.contains("name=\"file\"");
		assertThat(territory.sdcLayer().orElseThrow().version()).isEqualTo(before);
	}

	@Test
	void aManagerSetsTheSdcOnTheApplicationPageAndAMissingReasonKeepsTheChoice() throws Exception {
		// given
		upload(file(BOTH));
		var application = anApplication(intake).submit();
		PignonUser manager = manager();
		String path = "/intake/applications/" + application.id().value();
		// when the reason is missing
		String refused = mvc
			.perform(post(path + "/sdc").param("sdcChoice", "sdc-charlesbourg-essai")
				.param("sdcReason", " ")
				.with(user(manager))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// then the page says so and keeps the SDC chosen
		var form = org.jsoup.Jsoup.parse(refused).selectFirst("form[action$=/sdc]");
		assertThat(form.select("#error-summary").text()).contains("Indiquez la raison de ce changement.");
		assertThat(form.select("option[selected]").attr("value")).isEqualTo("sdc-charlesbourg-essai");
		assertThat(sdcOf(application.id())).map(DossierArea::name).contains("SDC Saint-Roch (essai)");
		// when the manager gives the reason
		mvc.perform(post(path + "/sdc").param("sdcChoice", "sdc-charlesbourg-essai")
			.param("sdcReason", "Confirmé par la SDC.")
			.with(user(manager))
			.with(csrf())).andExpect(status().is3xxRedirection());
		// then the dossier and the page's history have it
		assertThat(sdcOf(application.id())).map(DossierArea::name).contains("SDC Charlesbourg (essai)");
		String page = mvc.perform(get(path).with(user(manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("SDC : SDC Charlesbourg (essai)", "SDC choisie à la main", "Raison : Confirmé par la SDC.");
	}

	private Optional<DossierArea> sdcOf(ApplicationId application) {
		return dossiers.find(application).orElseThrow().area(SdcLayer.NAME);
	}

	private void upload(byte[] content) throws Exception {
		mvc.perform(multipart("/territory/sdc")
			.file(new MockMultipartFile("file", "sdc.geojson", "application/geo+json", content))
			.with(user(manager()))
			.with(csrf())).andExpect(status().is3xxRedirection());
	}

	private PignonUser manager() {
		String email = "manager-" + UUID.randomUUID() + "@pignon.test";
		StaffFixture.staffMember(accounts, jdbc, email, "Mireille Gagnon", Role.MANAGER);
		return (PignonUser) users.loadUserByUsername(email);
	}

	static byte[] file(String resource) throws Exception {
		return SdcPlacementTests.class.getResourceAsStream(resource).readAllBytes();
	}

	static byte[] charlesbourgOnly() {
		return """
				{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "SDC Charlesbourg (essai)"},
				 "geometry": {"type": "Polygon", "coordinates": [[[-71.266, 46.856], [-71.252, 46.856], [-71.252, 46.868],
				 [-71.266, 46.868], [-71.266, 46.856]]]}}]}""".getBytes(StandardCharsets.UTF_8);
	}

}
