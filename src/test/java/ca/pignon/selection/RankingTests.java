package ca.pignon.selection;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ca.pignon.intake.HoursPerWeek;
import ca.pignon.intake.WorkBy;

import static ca.pignon.intake.ApplicationFixture.FRENCH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ranked list: each score broken down by criterion, ties and borderline cases visible, read page by page.
 */
class RankingTests extends SelectionTest {

	@Test
	void showsTiesTheCutOffAndTheBorderlineCases() {
		// given three places and applications of which two pairs answered alike
		var manager = fixture.manager("Gaby Gestion");
		var anne = fixture.advisor("Anne Conseil");
		var strong = answering("Fort", HoursPerWeek.MORE_THAN_FIVE, WorkBy.OWNER);
		var tiedEarlier = answering("Égal, déposé d’abord", HoursPerWeek.THREE_TO_FIVE, WorkBy.OWNER);
		var tiedLater = answering("Égal, déposé ensuite", HoursPerWeek.THREE_TO_FIVE, WorkBy.OWNER);
		var lessEngaged = answering("Moins engagé", HoursPerWeek.ONE_TO_TWO, WorkBy.EMPLOYEE);
		var weak = answering("Faible", HoursPerWeek.LESS_THAN_ONE, WorkBy.UNDECIDED);
		var round = fixture.open("Printemps", 3, manager, anne);

		// when
		var ranking = selection.ranking(round);

		// then 43.75 (strong), 40.00 twice (tied: the earlier submission first), 33.75, 18.75
		assertThat(ranking.rows()).extracting(RankingRow::businessName, row -> row.total().toPlainString(),
				RankingRow::tied, RankingRow::tieBrokenBy, RankingRow::withinPlaces, RankingRow::borderline)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Fort", "43.75", false, TieBreak.NONE, true, false),
					org.assertj.core.groups.Tuple.tuple("Égal, déposé d’abord", "40.00", true, TieBreak.NONE, true,
							true),
					org.assertj.core.groups.Tuple.tuple("Égal, déposé ensuite", "40.00", true, TieBreak.SUBMISSION,
							true, true),
					org.assertj.core.groups.Tuple.tuple("Moins engagé", "33.75", false, TieBreak.NONE, false, false),
					org.assertj.core.groups.Tuple.tuple("Faible", "18.75", false, TieBreak.NONE, false, false));
		assertThat(ranking.cutOffScore()).isEqualByComparingTo("40.00");
		assertThat(ranking.places()).isEqualTo(3);
		assertThat(ranking.rows()).allSatisfy(row -> assertThat(row.complete()).isFalse());
		assertThat(List.of(strong, tiedEarlier, tiedLater, lessEngaged, weak)).hasSize(5);
	}

	@Test
	void pagesAreTheSlicesOfTheWholeRankingWithEachScoreBrokenDown() {
		// given seven applications, several tied, some reviewed
		var manager = fixture.manager("Gaby Gestion");
		var anne = fixture.advisor("Anne Conseil");
		List<ca.pignon.intake.ApplicationDetails> applications = new ArrayList<>();
		HoursPerWeek[] hours = { HoursPerWeek.THREE_TO_FIVE, HoursPerWeek.ONE_TO_TWO, HoursPerWeek.THREE_TO_FIVE,
				HoursPerWeek.MORE_THAN_FIVE, HoursPerWeek.THREE_TO_FIVE, HoursPerWeek.ONE_TO_TWO,
				HoursPerWeek.LESS_THAN_ONE };
		for (int i = 0; i < hours.length; i++) {
			applications.add(answering("Commerce " + i, hours[i], WorkBy.OWNER));
		}
		var round = fixture.open("Printemps", 3, manager, anne);
		fixture.review(round, applications.get(5).id(), anne, manager, 4);
		fixture.review(round, applications.get(6).id(), anne, manager, 1);
		var whole = selection.ranking(round);

		// when
		List<RankingRow> paged = new ArrayList<>();
		for (int page = 0; page < 4; page++) {
			var rows = selection.rankingPage(round, page, 2, manager.accountId(), FRENCH);
			assertThat(rows.totalRows()).isEqualTo(7);
			assertThat(rows.pages()).isEqualTo(4);
			assertThat(rows.cutOffScore()).isEqualByComparingTo(whole.cutOffScore());
			paged.addAll(rows.rows());
		}

		// then
		assertThat(paged).extracting(row -> row.withBreakdown(null, false)).isEqualTo(whole.rows());
		assertThat(paged).allSatisfy(row -> {
			assertThat(row.breakdown()).isNotNull();
			assertThat(row.breakdown().total()).isEqualByComparingTo(row.total());
			assertThat(row.breakdown().criteria()).hasSize(8);
			assertThat(row.breakdown().criteria().stream().map(CriterionScore::points)
				.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)).isCloseTo(row.total(),
						org.assertj.core.data.Offset.offset(new java.math.BigDecimal("0.02")));
		});
		// and the summary pages are the same rows, without their breakdowns
		List<RankingRow> summaries = new ArrayList<>();
		for (int page = 0; page < 4; page++) {
			summaries.addAll(selection.rankingSummaryPage(round, page, 2, manager.accountId()).rows());
		}
		assertThat(summaries).allSatisfy(row -> assertThat(row.breakdown()).isNull()).isEqualTo(whole.rows());
		// and each row read alone is the same row
		assertThat(whole.rows()).allSatisfy(row -> assertThat(
				selection.rankingRow(round, row.applicationId(), manager.accountId()).orElseThrow()).isEqualTo(row));
		assertThat(selection.rankingRow(round, new ca.pignon.shared.ApplicationId(java.util.UUID.randomUUID()),
				manager.accountId())).isEmpty();
		assertThat(selection.rankingPage(round, 9, 2, manager.accountId(), FRENCH).rows()).isEmpty();
		assertRefused(() -> selection.rankingPage(round, 0, 0, manager.accountId(), FRENCH),
				"selection.ranking.page.invalid");
		assertRefused(() -> selection.rankingPage(round, -1, 10, manager.accountId(), FRENCH),
				"selection.ranking.page.invalid");
	}

	ca.pignon.intake.ApplicationDetails answering(String name, HoursPerWeek hours, WorkBy workBy) {
		return fixture.application(name).committing(hours, workBy).submit();
	}

}
