package ca.pignon.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine on fictional program years: what it publishes adds up, nothing suppressed can be worked out from all the
 * tables of a period together, and reports that differ by one filter give no small group away.
 */
class IndicatorEngineTests {

	static final int K = 5;

	static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);

	static final LocalDate DECEMBER = LocalDate.of(2026, 12, 31);

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void nothingSuppressedCanBeWorkedOutFromEveryTableOfThePeriod(long seed) {
		List<Merchant> merchants = Merchants.year(seed, 150);
		for (String period : List.of("2026-01..2026-12", "2026-01..2026-06", "2026-04..2026-06")) {
			YearMonth from = YearMonth.parse(period.substring(0, 7));
			YearMonth to = YearMonth.parse(period.substring(9));
			for (Indicator indicator : Indicator.values()) {
				if (!indicator.kind().additive()) {
					continue;
				}
				Tables tables = IndicatorEngine.suppressed(new Tables(indicator, merchants, from, to, null), from, to,
						false, K);
				assertThat(DisclosureAudit.disclosed(tables)).as("%s in %s, seed %d", indicator.id(), period, seed)
					.isEmpty();
			}
		}
	}

	@Test
	void theAuditFindsWhatPrimarySuppressionAloneGivesAway() {
		// given: the same data, complementary suppression left out
		List<Merchant> merchants = Merchants.year(1, 150);
		YearMonth from = YearMonth.of(2026, 1);
		YearMonth to = YearMonth.of(2026, 12);
		Tables tables = new Tables(Indicator.REGISTERED, merchants, from, to, null);
		tables.allCells().forEach(cell -> cell.suppressed = MinimumCellPolicy.tooFew(cell.merchants, K));
		// then
		assertThat(DisclosureAudit.disclosed(tables)).isNotEmpty();
	}

	@Test
	void everyPublishedCellCountsTheMinimumAndPublishedRowsAddUpToPublishedTotals() {
		List<Merchant> merchants = Merchants.year(7, 150);
		IndicatorReport report = IndicatorEngine.report(merchants,
				new ReportRequest(List.of(Grouping.ARRONDISSEMENT), JANUARY, DECEMBER, null), K);
		assertThat(report.totals().get("registered")).isEqualTo(ReportCell.shown(BigDecimal.valueOf(150)));
		for (ReportRow row : report.rows()) {
			row.indicators().forEach((id, cell) -> {
				assertThat(cell.suppressed()).isEqualTo(cell.value() == null);
				if (!cell.suppressed() && Indicator.valueOf(constant(id)).kind() == Indicator.Kind.COUNT) {
					assertThat(cell.value().intValue()).as(id).isGreaterThanOrEqualTo(K);
				}
			});
		}
		// the registered by arrondissement, counted by hand
		for (ReportRow row : report.rows()) {
			long counted = merchants.stream()
				.filter(merchant -> merchant.group(Grouping.ARRONDISSEMENT).equals(row.group().get("arrondissement")))
				.count();
			ReportCell cell = row.indicators().get("registered");
			assertThat(cell.suppressed() || cell.value().longValue() == counted).isTrue();
			assertThat(cell.suppressed()).isEqualTo(counted < K || cell.suppressed());
		}
	}

	@Test
	void noHiddenRegistrationCountIsTheDifferenceOfTwoPublishedOnes() {
		// registered = eligible + not eligible here (every decision taken): a cell hidden alone among the three, and
		// not zero, would be read off the two others
		List<String> leaks = new java.util.ArrayList<>();
		for (long seed = 1; seed <= 6; seed++) {
			List<Merchant> merchants = Merchants.year(seed, 150);
			for (List<Grouping> groupBy : List.of(List.<Grouping>of(), List.of(Grouping.ARRONDISSEMENT),
					List.of(Grouping.SECTOR), List.of(Grouping.ARRONDISSEMENT, Grouping.SECTOR),
					List.of(Grouping.SECTOR, Grouping.EMPLOYEES))) {
				IndicatorReport report = IndicatorEngine.report(merchants,
						new ReportRequest(groupBy, JANUARY, DECEMBER, null), K);
				List<java.util.Map<String, ReportCell>> rows = new java.util.ArrayList<>();
				report.rows().forEach(row -> rows.add(row.indicators()));
				rows.add(report.totals());
				for (var cells : rows) {
					ReportCell registered = cells.get("registered");
					ReportCell eligible = cells.get("eligible");
					ReportCell notEligible = cells.get("not-eligible");
					if (notEligible.suppressed() && !registered.suppressed() && !eligible.suppressed()
							&& registered.value().subtract(eligible.value()).signum() != 0
							|| eligible.suppressed() && !registered.suppressed() && !notEligible.suppressed()
									&& registered.value().subtract(notEligible.value()).signum() != 0
							|| registered.suppressed() && !eligible.suppressed() && !notEligible.suppressed()
									&& eligible.value().add(notEligible.value()).signum() != 0) {
						leaks.add("seed " + seed + " " + groupBy + ": " + cells);
					}
				}
			}
		}
		assertThat(leaks).isEmpty();
	}

	@Test
	void noHiddenReasonOfNonEligibilityIsTheTotalLessThePublishedOnes() {
		// not eligible = the sum of its reasons (one each): a term hidden alone, and not zero, would be read off the
		// others
		List<String> leaks = new ArrayList<>();
		List<String> terms = new ArrayList<>(List.of("not-eligible"));
		IndicatorEngine.REASONS.forEach(reason -> terms.add(reason.id()));
		for (long seed = 1; seed <= 6; seed++) {
			List<Merchant> merchants = Merchants.year(seed, 300);
			for (List<Grouping> groupBy : List.of(List.<Grouping>of(), List.of(Grouping.ARRONDISSEMENT),
					List.of(Grouping.SECTOR), List.of(Grouping.ARRONDISSEMENT, Grouping.SECTOR))) {
				IndicatorReport report = IndicatorEngine.report(merchants,
						new ReportRequest(groupBy, JANUARY, DECEMBER, null), K);
				List<Map<String, ReportCell>> rows = new ArrayList<>();
				report.rows().forEach(row -> rows.add(row.indicators()));
				rows.add(report.totals());
				for (Map<String, ReportCell> cells : rows) {
					List<String> hidden = terms.stream().filter(id -> cells.get(id).suppressed()).toList();
					if (hidden.size() != 1) {
						continue;
					}
					BigDecimal worked = BigDecimal.ZERO;
					for (String id : terms) {
						if (!hidden.contains(id)) {
							BigDecimal value = cells.get(id).value();
							worked = id.equals("not-eligible") ? worked.add(value) : worked.subtract(value);
						}
					}
					if (worked.signum() != 0) {
						leaks.add("seed " + seed + " " + groupBy + ": " + hidden + " = " + worked.abs());
					}
				}
			}
		}
		assertThat(leaks).isEmpty();
	}

	@Test
	void theReasonsOfNonEligibilityAddUpToItWherePublished() {
		IndicatorReport report = IndicatorEngine.report(Merchants.year(3, 300),
				new ReportRequest(List.of(Grouping.ARRONDISSEMENT), JANUARY, DECEMBER, null), K);
		List<Map<String, ReportCell>> rows = new ArrayList<>();
		report.rows().forEach(row -> rows.add(row.indicators()));
		rows.add(report.totals());
		int checked = 0;
		for (Map<String, ReportCell> cells : rows) {
			List<ReportCell> reasons = IndicatorEngine.REASONS.stream().map(reason -> cells.get(reason.id())).toList();
			if (!cells.get("not-eligible").suppressed() && reasons.stream().noneMatch(ReportCell::suppressed)) {
				assertThat(reasons.stream().map(ReportCell::value).reduce(BigDecimal.ZERO, BigDecimal::add))
					.isEqualTo(cells.get("not-eligible").value());
				checked++;
			}
		}
		assertThat(checked).isPositive();
	}

	@Test
	void aSurveyMeanIsHiddenWhereItsCountOfAnswersIsHiddenSoItCannotGiveTheCountBack() {
		// given: 3 answers in Beauport (too few), so one more arrondissement's count is hidden to protect it
		List<Merchant> merchants = new ArrayList<>();
		Map<String, Integer> answers = Map.of("Beauport", 3, "Charlesbourg", 7, "La Cité-Limoilou", 12);
		answers.forEach((arrondissement, count) -> {
			for (int i = 0; i < count; i++) {
				merchants.add(Merchants.merchant(arrondissement, "44-45", YearMonth.of(2026, 1 + i % 6),
						Indicator.SURVEY_ANSWERS, Indicator.SATISFACTION_MEAN, Indicator.SATISFIED_SHARE));
			}
		});
		// when
		IndicatorReport report = IndicatorEngine.report(merchants,
				new ReportRequest(List.of(Grouping.ARRONDISSEMENT), JANUARY, DECEMBER, null), K);
		// then: a count hidden with five answers or more has its means hidden too (a mean of 7 answers rounded to a
		// tenth would tell that there were 7, and Beauport's 3 would follow from the total)
		List<ReportRow> hidden = report.rows()
			.stream()
			.filter(row -> row.indicators().get("survey-answers").suppressed())
			.filter(row -> answers.getOrDefault(row.group().get("arrondissement"), 0) >= K)
			.toList();
		assertThat(hidden).as("a complementary cell").isNotEmpty();
		assertThat(hidden).allSatisfy(row -> {
			assertThat(row.indicators().get("satisfaction-mean").suppressed()).isTrue();
			assertThat(row.indicators().get("satisfied-share").suppressed()).isTrue();
		});
	}

	@Test
	void aShareOfNoneOrAllIsShownOnlyOverTwiceTheMinimumCellForItTellsEachMerchantsAnswer() {
		List<Merchant> merchants = new ArrayList<>();
		// 6 satisfied of 6 in Charlesbourg, 3 of 6 in Beauport, 11 of 12 and then 12 of 12 in La Cité-Limoilou
		addSurveyed(merchants, "Charlesbourg", 6, 6);
		addSurveyed(merchants, "Beauport", 6, 3);
		addSurveyed(merchants, "La Cité-Limoilou", 12, 12);
		IndicatorReport report = IndicatorEngine.report(merchants,
				new ReportRequest(List.of(Grouping.ARRONDISSEMENT), JANUARY, DECEMBER, null), K);
		Map<String, ReportCell> shares = new java.util.HashMap<>();
		report.rows()
			.forEach(row -> shares.put(row.group().get("arrondissement"), row.indicators().get("satisfied-share")));
		assertThat(shares.get("Charlesbourg").suppressed()).as("100 % of 6").isTrue();
		assertThat(shares.get("Beauport").suppressed()).as("50 % of 6").isFalse();
		assertThat(shares.get("Beauport").value()).isEqualByComparingTo("50.0");
		assertThat(shares.get("La Cité-Limoilou").suppressed()).as("100 % of 12").isFalse();
	}

	private static void addSurveyed(List<Merchant> merchants, String arrondissement, int surveyed, int satisfied) {
		for (int i = 0; i < surveyed; i++) {
			Merchant merchant = Merchants.merchant(arrondissement, "44-45", YearMonth.of(2026, 1 + i % 6),
					Indicator.SURVEY_ANSWERS);
			Map<Indicator, Contribution> contributions = new java.util.EnumMap<>(merchant.contributions());
			YearMonth month = contributions.get(Indicator.SURVEY_ANSWERS).month();
			contributions.put(Indicator.SATISFIED_SHARE,
					new Contribution(month, java.math.BigDecimal.valueOf(i < satisfied ? 100 : 0)));
			merchants.add(new Merchant(merchant.groups(), merchant.cohort(), contributions));
		}
	}

	@Test
	void theSameDataGiveTheSameReport() {
		ReportRequest request = new ReportRequest(List.of(Grouping.SECTOR, Grouping.EMPLOYEES), JANUARY, DECEMBER, null);
		assertThat(IndicatorEngine.report(Merchants.year(3, 150), request, K))
			.isEqualTo(IndicatorEngine.report(Merchants.year(3, 150), request, K));
	}

	@Test
	void theOneGroupingTablesAreTheSameInEveryAnswer() {
		List<Merchant> merchants = Merchants.year(2, 150);
		IndicatorReport alone = IndicatorEngine.report(merchants,
				new ReportRequest(List.of(Grouping.SECTOR), JANUARY, DECEMBER, null), K);
		IndicatorReport withArrondissement = IndicatorEngine.report(merchants,
				new ReportRequest(List.of(Grouping.ARRONDISSEMENT, Grouping.SECTOR), JANUARY, DECEMBER, null), K);
		assertThat(withArrondissement.totals()).isEqualTo(alone.totals());
		// the sector alone is the margin of the two-grouping table: where both are published, they add up
		for (ReportRow sector : alone.rows()) {
			ReportCell margin = sector.indicators().get("registered");
			List<ReportCell> parts = withArrondissement.rows()
				.stream()
				.filter(row -> row.group().get("sector").equals(sector.group().get("sector")))
				.map(row -> row.indicators().get("registered"))
				.toList();
			if (!margin.suppressed() && parts.stream().noneMatch(ReportCell::suppressed)) {
				assertThat(parts.stream().map(ReportCell::value).reduce(BigDecimal.ZERO, BigDecimal::add))
					.isEqualTo(margin.value());
			}
			// a lone suppressed part that is not zero would be the margin minus the others
			long hiddenNotZero = withArrondissement.rows()
				.stream()
				.filter(row -> row.group().get("sector").equals(sector.group().get("sector")))
				.filter(row -> row.indicators().get("registered").suppressed())
				.filter(row -> merchants.stream()
					.anyMatch(merchant -> merchant.group(Grouping.SECTOR).equals(row.group().get("sector"))
							&& merchant.group(Grouping.ARRONDISSEMENT).equals(row.group().get("arrondissement"))))
				.count();
			assertThat(margin.suppressed() || hiddenNotZero != 1).as(sector.group().toString()).isTrue();
		}
	}

	/** A differencing attempt: a small arrondissement registers two more merchants in April. */
	@Test
	void twoPeriodsThatDifferByAMonthDoNotTellTheMonthsFewMerchants() {
		// given: 12 registered in La Cité-Limoilou from January to March, 2 in April; 30 elsewhere each month
		List<Merchant> merchants = new ArrayList<>();
		for (int month = 0; month < 3; month++) {
			for (int i = 0; i < 4; i++) {
				merchants.add(Merchants.merchant("La Cité-Limoilou", "44-45", YearMonth.of(2026, 1 + month)));
			}
		}
		merchants.add(Merchants.merchant("La Cité-Limoilou", "44-45", YearMonth.of(2026, 4)));
		merchants.add(Merchants.merchant("La Cité-Limoilou", "72", YearMonth.of(2026, 4)));
		for (int month = 0; month < 4; month++) {
			for (int i = 0; i < 30; i++) {
				merchants.add(Merchants.merchant(i % 2 == 0 ? "Beauport" : "Charlesbourg", "81",
						YearMonth.of(2026, 1 + month)));
			}
		}
		// when: the attacker asks January-March and January-April, by arrondissement
		ReportCell toMarch = cityCell(IndicatorEngine.report(merchants,
				new ReportRequest(List.of(Grouping.ARRONDISSEMENT), JANUARY, LocalDate.of(2026, 3, 31), null), K));
		ReportCell toApril = cityCell(IndicatorEngine.report(merchants,
				new ReportRequest(List.of(Grouping.ARRONDISSEMENT), JANUARY, LocalDate.of(2026, 4, 30), null), K));
		// then: primary suppression alone would publish 12 and 14; one at least is suppressed
		assertThat(toMarch.suppressed() || toApril.suppressed()).isTrue();
		assertThat(List.of(toMarch, toApril)).filteredOn(cell -> !cell.suppressed())
			.allSatisfy(cell -> assertThat(cell.value().intValue()).isIn(12, 14));
	}

	@Test
	void periodsThatDifferByOneFilterDifferByNoneOrTheMinimum() {
		List<Merchant> merchants = Merchants.year(4, 150);
		List<IndicatorReport> reports = new ArrayList<>();
		for (int from = 1; from <= 12; from += 1) {
			for (int to = from; to <= 12; to += 2) {
				reports.add(IndicatorEngine.report(merchants, new ReportRequest(List.of(Grouping.ARRONDISSEMENT),
						LocalDate.of(2026, from, 1), YearMonth.of(2026, to).atEndOfMonth(), null), K));
			}
		}
		for (IndicatorReport one : reports) {
			for (IndicatorReport other : reports) {
				if (other.from().isBefore(one.from()) || other.to().isAfter(one.to())) {
					continue; // not a period inside the other's
				}
				for (int row = 0; row < one.rows().size(); row++) {
					for (String id : one.rows().get(row).indicators().keySet()) {
						if (!Indicator.valueOf(constant(id)).kind().additive() || id.equals("hours-delivered")) {
							continue;
						}
						ReportCell a = one.rows().get(row).indicators().get(id);
						ReportCell b = other.rows().get(row).indicators().get(id);
						if (!a.suppressed() && !b.suppressed() && id.equals("registered")) {
							int difference = Math.abs(a.value().intValue() - b.value().intValue());
							assertThat(difference == 0 || difference >= K).as("%s %s..%s against %s..%s", id,
									one.from(), one.to(), other.from(), other.to())
								.isTrue();
						}
					}
				}
			}
		}
	}

	@Test
	void aCohortsReportDiffersFromAllRoundsByNoneOrTheMinimum() {
		List<Merchant> merchants = Merchants.year(5, 150);
		ReportRequest all = new ReportRequest(List.of(Grouping.SECTOR), JANUARY, DECEMBER, null);
		ReportRequest spring = new ReportRequest(List.of(Grouping.SECTOR), JANUARY, DECEMBER, Merchants.SPRING);
		IndicatorReport allRounds = IndicatorEngine.report(merchants, all, K);
		IndicatorReport oneCohort = IndicatorEngine.report(merchants, spring, K);
		for (int row = 0; row < allRounds.rows().size(); row++) {
			ReportCell a = allRounds.rows().get(row).indicators().get("registered");
			ReportCell c = oneCohort.rows().get(row).indicators().get("registered");
			if (!a.suppressed() && !c.suppressed()) {
				int difference = a.value().intValue() - c.value().intValue();
				assertThat(difference == 0 || difference >= K).isTrue();
			}
		}
	}

	@Test
	void meansAndMediansOnlyOverTheMinimum() {
		List<Merchant> merchants = Merchants.year(6, 150);
		IndicatorReport report = IndicatorEngine.report(merchants,
				new ReportRequest(List.of(Grouping.ARRONDISSEMENT), JANUARY, DECEMBER, null), K);
		for (ReportRow row : report.rows()) {
			long changes = merchants.stream()
				.filter(merchant -> merchant.group(Grouping.ARRONDISSEMENT).equals(row.group().get("arrondissement")))
				.map(merchant -> merchant.contributions().get(Indicator.SCORE_CHANGE_MEAN))
				.filter(Objects::nonNull)
				.count();
			if (changes < K) {
				assertThat(row.indicators().get("score-change-mean").suppressed()).isTrue();
				assertThat(row.indicators().get("score-change-median").suppressed()).isTrue();
			}
		}
	}

	@Test
	void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
		assertThat(Tables.median(List.of(BigDecimal.valueOf(4), BigDecimal.ONE, BigDecimal.valueOf(9),
				BigDecimal.valueOf(2)))).isEqualByComparingTo("3.0");
	}

	private static ReportCell cityCell(IndicatorReport report) {
		return report.rows()
			.stream()
			.filter(row -> row.group().get("arrondissement").equals("La Cité-Limoilou"))
			.findFirst()
			.orElseThrow()
			.indicators()
			.get("registered");
	}

	static String constant(String id) {
		return id.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
	}

	static Map<String, ReportCell> totals(IndicatorReport report) {
		return report.totals();
	}

}
