package ca.pignon.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.convention.TestBean;

import static ca.pignon.intake.ApplicationFixture.anApplication;
import static ca.pignon.intake.ApplicationFixture.storefront;
import static ca.pignon.intake.ApplicationFixture.unknownStreet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff list: every filter, literal name search and paging. Its own clock makes its own context, hence its own
 * empty database, where the applications below are the only ones.
 */
@IntakeSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationSearchTests {

	/** 23:30 on 9 March 2026 in Québec (summer time since the 8th), already the 10th in UTC. */
	static final Instant MARCH_9_LATE_EVENING = Instant.parse("2026-03-10T03:30:00Z");

	static final Instant MARCH_10 = Instant.parse("2026-03-10T15:00:00Z");

	/** 00:30 on 11 March 2026 in Québec, still the 10th in UTC until 04:00. */
	static final Instant MARCH_11_JUST_AFTER_MIDNIGHT = Instant.parse("2026-03-11T04:30:00Z");

	static final Instant MARCH_12 = Instant.parse("2026-03-12T15:00:00Z");

	static final Instant APRIL = Instant.parse("2026-04-15T15:00:00Z");

	static final String ONEIL_EMAIL = "Eloise.Fournil-" + java.util.UUID.randomUUID().toString().substring(0, 8)
			+ "@Boulangers.test";

	static final SettableClock CLOCK = new SettableClock(MARCH_10);

	@TestBean
	Clock clock;

	static Clock clock() {
		return CLOCK;
	}

	@Autowired
	IntakeManagement intake;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void applicationsOfEveryKind() {
		submitAt(MARCH_9_LATE_EVENING, anApplication(intake).named("Boulangerie Saint-Roch").inSector("445291"));
		submitAt(MARCH_10, anApplication(intake).named("Café 100% local")
			.inSector("722512")
			.receiving(ReceptionMode.OTHER));
		submitAt(MARCH_11_JUST_AFTER_MIDNIGHT, anApplication(intake).named("Le_Coin des arts")
			.inSector("711")
			.at(storefront(Places.CEGEP_CHARLESBOURG_CIVIC, Places.CEGEP_CHARLESBOURG_STREET, "Québec", "G1H 6K1",
					ReceptionMode.STOREFRONT)));
		submitAt(MARCH_11_JUST_AFTER_MIDNIGHT, anApplication(intake).named("9400-1234 Québec inc.")
			.trading("LeXCoin du livre")
			.inSector("459210")
			.at(unknownStreet("L'Ancienne-Lorette", "G2E 1A1", ReceptionMode.STOREFRONT)));
		submitAt(MARCH_12, anApplication(intake).named("L'Atelier d'Émilie")
			.inSector("812116")
			.at(unknownStreet("Lévis", "G6V 1A1", ReceptionMode.STOREFRONT)));
		submitAt(MARCH_12, anApplication(intake).named("Fabrique O'Neil")
			.by("Éloïse", "Côté-Bérubé", null)
			.withEmail(ONEIL_EMAIL)
			.inSector("311811")
			.receiving(ReceptionMode.HOME_BASED));
		// thirty more for paging: fifteen a minute apart, fifteen at the very same instant
		for (int i = 1; i <= 30; i++) {
			var at = i <= 15 ? APRIL.plusSeconds(60L * i) : APRIL;
			submitAt(at, anApplication(intake).named("Dépanneur n° %02d".formatted(i)).inSector("445131"));
		}
		CLOCK.set(APRIL.plusSeconds(3600));
		anApplication(intake).named("Tabagie 100% brouillon").draft(1);
		anApplication(intake).draft(0);
	}

	@Test
	void listsSubmittedApplicationsUnlessAskedForDrafts() {
		// when
		var submitted = intake.search(ApplicationFilter.none(), 0);
		var drafts = intake.search(filter().status(ApplicationStatus.DRAFT).build(), 0);

		// then
		assertThat(submitted.total()).isEqualTo(36);
		assertThat(submitted.rows()).allSatisfy(row -> assertThat(row.status()).isEqualTo(ApplicationStatus.SUBMITTED));
		assertThat(drafts.rows()).extracting(ApplicationRow::name)
			.containsExactlyInAnyOrder("Tabagie 100% brouillon", "Rosalie Gingras");
		assertThat(drafts.rows()).allSatisfy(row -> {
			assertThat(row.status()).isEqualTo(ApplicationStatus.DRAFT);
			assertThat(row.submittedAt()).isNull();
			assertThat(row.eligibility()).isNull();
		});
	}

	@Test
	void filtersByEligibility() {
		assertThat(names(filter().eligibility(Eligibility.TO_VERIFY).build()))
			.containsExactlyInAnyOrder("Café 100% local", "LeXCoin du livre");
		assertThat(names(filter().eligibility(Eligibility.NOT_ELIGIBLE).build()))
			.containsExactlyInAnyOrder("L'Atelier d'Émilie", "Fabrique O'Neil");
		var eligible = intake.search(filter().eligibility(Eligibility.ELIGIBLE).build(), 0);
		assertThat(eligible.total()).isEqualTo(32);
		assertThat(eligible.rows()).allSatisfy(row -> assertThat(row.eligibility()).isEqualTo(Eligibility.ELIGIBLE));
	}

	@Test
	void filtersByMunicipalityCode() {
		assertThat(names(filter().municipality(Places.L_ANCIENNE_LORETTE_CODE).build()))
			.containsExactly("LeXCoin du livre");
		assertThat(intake.search(filter().municipality(Places.QUEBEC).build(), 0).total()).isEqualTo(34);
		assertThat(names(filter().municipality("9999999").build())).isEmpty();
	}

	@Test
	void filtersByArrondissementCode() {
		assertThat(names(filter().arrondissement(Places.CHARLESBOURG).build())).containsExactly("Le_Coin des arts");
		assertThat(intake.search(filter().arrondissement(Places.LA_CITE_LIMOILOU).build(), 0).total())
			.isEqualTo(33);
	}

	@ParameterizedTest(name = "sector {0}")
	@CsvSource(delimiter = ';', textBlock = """
			71;    1;  Le_Coin des arts
			72;    1;  Café 100% local
			81;    1;  L'Atelier d'Émilie
			31-33; 1;  Fabrique O'Neil
			44-45; 32; Boulangerie Saint-Roch
			""")
	void filtersBySectorIncludingRangeSectors(String sector, long total, String oneOfThem) {
		// when
		var found = allNames(filter().sector(sector).build());

		// then
		assertThat(found).hasSize((int) total).contains(oneOfThem);
	}

	@Test
	void filtersBySubmissionDatesAsTheyAreInQuebec() {
		LocalDate march9 = LocalDate.of(2026, 3, 9);
		LocalDate march10 = LocalDate.of(2026, 3, 10);
		LocalDate march11 = LocalDate.of(2026, 3, 11);
		assertThat(names(filter().from(march9).to(march9).build())).containsExactly("Boulangerie Saint-Roch");
		assertThat(names(filter().from(march10).to(march10).build())).containsExactly("Café 100% local");
		assertThat(names(filter().from(march11).to(march11).build()))
			.containsExactlyInAnyOrder("Le_Coin des arts", "LeXCoin du livre");
		assertThat(names(filter().to(march10).build()))
			.containsExactlyInAnyOrder("Boulangerie Saint-Roch", "Café 100% local");
		assertThat(intake.search(filter().from(LocalDate.of(2026, 3, 12)).build(), 0).total()).isEqualTo(32);
	}

	@ParameterizedTest(name = "\"{0}\"")
	@CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
			100%;                                      Café 100% local
			%;                                         Café 100% local
			_;                                         Le_Coin des arts
			e_C;                                       Le_Coin des arts
			café 100;                                  Café 100% local
			9400-1234;                                 LeXCoin du livre
			L'Atelier;                                 L'Atelier d'Émilie
			'Neil;                                     Fabrique O'Neil
			lexcoin;                                   LeXCoin du livre
			""")
	void findsNamesLiterally(String text, String expected) {
		assertThat(names(filter().text(text).build())).containsExactly(expected);
	}

	@ParameterizedTest(name = "\"{0}\"")
	@CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
			cafe;                                      Café 100% local
			CAFE 100;                                  Café 100% local
			emilie;                                    L'Atelier d'Émilie
			ÉMILIE;                                    L'Atelier d'Émilie
			l'atelier d'emilie;                        L'Atelier d'Émilie
			depanneur n° 07;                           Dépanneur n° 07
			""")
	void findsNamesWhateverTheirCaseAndAccents(String text, String expected) {
		assertThat(names(filter().text(text).build())).containsExactly(expected);
	}

	@Test
	void findsTheContactPersonByName() {
		for (String text : List.of("Éloïse", "eloise", "cote-berube", "Eloïse Côté", "Côté-Bérubé Éloïse", "BÉRUBÉ")) {
			assertThat(names(filter().text(text).build())).as(text).containsExactly("Fabrique O'Neil");
		}
	}

	@Test
	void findsTheMerchantByEmail() {
		for (String text : List.of(ONEIL_EMAIL, ONEIL_EMAIL.toLowerCase(java.util.Locale.ROOT), "eloise.fournil",
				"@boulangers.test")) {
			assertThat(names(filter().text(text).build())).as(text).containsExactly("Fabrique O'Neil");
		}
	}

	@Test
	void findsNothingForSqlOrPatternsAndLeavesTheTableAlone() {
		for (String text : List.of("'; DELETE FROM intake_application; --", "' OR '1'='1", "\\", "\\%", "%%_%",
				"Le%Coin", "L_Atelier")) {
			assertThat(names(filter().text(text).build())).as(text).isEmpty();
		}
		assertThat(names(filter().text("'").build())).containsExactlyInAnyOrder("L'Atelier d'Émilie",
				"Fabrique O'Neil");
		assertThat(jdbc.sql("SELECT count(*) FROM intake_application").query(Long.class).single()).isEqualTo(38);
	}

	@Test
	void combinesFilters() {
		assertThat(names(filter().eligibility(Eligibility.ELIGIBLE)
			.arrondissement(Places.LA_CITE_LIMOILOU)
			.sector("44-45")
			.to(LocalDate.of(2026, 3, 31))
			.build())).containsExactly("Boulangerie Saint-Roch");
	}

	@Test
	void pagesByTwentyFiveInAStableOrder() {
		// given
		var depanneurs = filter().text("Dépanneur n°").build();

		// when
		var first = intake.search(depanneurs, 0);
		var second = intake.search(depanneurs, 1);
		var beyond = intake.search(depanneurs, 2);

		// then
		assertThat(first.total()).isEqualTo(30);
		assertThat(first.pages()).isEqualTo(2);
		assertThat(first.rows()).hasSize(25);
		assertThat(second.rows()).hasSize(5);
		assertThat(beyond.rows()).isEmpty();
		assertThat(first.hasNext()).isTrue();
		assertThat(second.hasNext()).isFalse();
		List<ApplicationRow> all = new ArrayList<>(first.rows());
		all.addAll(second.rows());
		assertThat(all).extracting(ApplicationRow::id).doesNotHaveDuplicates().hasSize(30);
		// newest first: the fifteen a minute apart, newest first, then the fifteen of the same instant
		assertThat(all.subList(0, 15)).extracting(ApplicationRow::name)
			.containsExactlyElementsOf(numbered(15, 1));
		assertThat(all.subList(15, 30)).extracting(ApplicationRow::name)
			.containsExactlyInAnyOrderElementsOf(numbered(30, 16));
		assertThat(intake.search(depanneurs, 0).rows()).isEqualTo(first.rows());
		assertThat(intake.search(depanneurs, 1).rows()).isEqualTo(second.rows());
		assertThat(intake.search(depanneurs, -3).rows()).isEqualTo(first.rows());
	}

	private static List<String> numbered(int from, int downTo) {
		List<String> names = new ArrayList<>();
		for (int i = from; i >= downTo; i--) {
			names.add("Dépanneur n° %02d".formatted(i));
		}
		return names;
	}

	private Collection<String> names(ApplicationFilter filter) {
		var page = intake.search(filter, 0);
		assertThat(page.total()).as("all on the first page").isLessThanOrEqualTo(page.pageSize());
		return page.rows().stream().map(ApplicationRow::name).toList();
	}

	private List<String> allNames(ApplicationFilter filter) {
		List<String> names = new ArrayList<>();
		for (int page = 0; page < intake.search(filter, 0).pages(); page++) {
			intake.search(filter, page).rows().forEach(row -> names.add(row.name()));
		}
		return names;
	}

	private static void submitAt(Instant at, ApplicationFixture application) {
		CLOCK.set(at);
		application.submit();
	}

	private static FilterBuilder filter() {
		return new FilterBuilder();
	}

}
