package ca.pignon.selection.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ca.pignon.shared.ApplicationId;
import ca.pignon.selection.TieBreak;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ranking: by total, ties broken by the engagement subtotal, then the earliest submission, then the application
 * id; ties, the cut-off and the borderline cases visible.
 */
class RankerTests {

	static final Instant MONDAY = Instant.parse("2026-03-02T14:00:00Z");

	static final Instant TUESDAY = Instant.parse("2026-03-03T14:00:00Z");

	static final BigDecimal MARGIN = BigDecimal.valueOf(2);

	@Test
	void ranksByTotalHighestFirst() {
		var low = key("00000000-0000-0000-0000-000000000001", "40.00", "20.00", MONDAY);
		var high = key("00000000-0000-0000-0000-000000000002", "80.00", "40.00", TUESDAY);
		var middle = key("00000000-0000-0000-0000-000000000003", "60.00", "30.00", MONDAY);

		var ranking = Ranker.rank(List.of(low, high, middle), k -> k, 3, MARGIN);

		assertThat(ranking.rows()).extracting(Ranker.Placed::item).containsExactly(high, middle, low);
		assertThat(ranking.rows()).extracting(Ranker.Placed::rank).containsExactly(1, 2, 3);
		assertThat(ranking.rows()).noneMatch(Ranker.Placed::tied);
	}

	@Test
	void breaksATieByTheHigherEngagementSubtotal() {
		// given the same total, more of it from engagement for the second
		var lessEngaged = key("00000000-0000-0000-0000-000000000001", "70.00", "30.00", MONDAY);
		var moreEngaged = key("00000000-0000-0000-0000-000000000002", "70.00", "40.00", TUESDAY);

		// when
		var ranking = Ranker.rank(List.of(lessEngaged, moreEngaged), k -> k, 1, MARGIN);

		// then
		assertThat(ranking.rows()).extracting(Ranker.Placed::item).containsExactly(moreEngaged, lessEngaged);
		assertThat(ranking.rows()).allMatch(Ranker.Placed::tied);
		assertThat(ranking.rows()).extracting(Ranker.Placed::tieBrokenBy)
			.containsExactly(TieBreak.NONE, TieBreak.ENGAGEMENT);
	}

	@Test
	void thenByTheEarlierSubmission() {
		var tuesday = key("00000000-0000-0000-0000-000000000001", "70.00", "35.00", TUESDAY);
		var monday = key("00000000-0000-0000-0000-000000000002", "70.00", "35.00", MONDAY);

		var ranking = Ranker.rank(List.of(tuesday, monday), k -> k, 1, MARGIN);

		assertThat(ranking.rows()).extracting(Ranker.Placed::item).containsExactly(monday, tuesday);
		assertThat(ranking.rows().get(1).tieBrokenBy()).isEqualTo(TieBreak.SUBMISSION);
	}

	@Test
	void thenByTheApplicationIdAsText() {
		// given the same scores at the same instant; as numbers, the first id would be negative and come first
		var f = key("f0000000-0000-0000-0000-000000000000", "70.00", "35.00", MONDAY);
		var zero = key("00000000-0000-0000-0000-00000000000a", "70.00", "35.00", MONDAY);

		var ranking = Ranker.rank(List.of(f, zero), k -> k, 1, MARGIN);

		assertThat(ranking.rows()).extracting(Ranker.Placed::item).containsExactly(zero, f);
		assertThat(ranking.rows().get(1).tieBrokenBy()).isEqualTo(TieBreak.APPLICATION_ID);
	}

	@Test
	void comparesIdsAsTheirTextWould() {
		var ids = java.util.stream.Stream.generate(UUID::randomUUID).limit(500).map(ApplicationId::new).toList();

		var byText = ids.stream().sorted(java.util.Comparator.comparing(id -> id.value().toString())).toList();
		var byBits = ids.stream().sorted(Ranker::compareAsText).toList();

		assertThat(byBits).isEqualTo(byText);
	}

	@Test
	void givesTheSameRankingWhateverTheOrderItIsGivenIn() {
		var a = key("00000000-0000-0000-0000-000000000001", "70.00", "35.00", MONDAY);
		var b = key("00000000-0000-0000-0000-000000000002", "70.00", "35.00", MONDAY);
		var c = key("00000000-0000-0000-0000-000000000003", "70.00", "36.00", TUESDAY);
		var d = key("00000000-0000-0000-0000-000000000004", "69.99", "50.00", MONDAY);

		var once = Ranker.rank(List.of(a, b, c, d), k -> k, 2, MARGIN);
		var again = Ranker.rank(List.of(d, c, b, a), k -> k, 2, MARGIN);

		assertThat(again).isEqualTo(once);
		assertThat(once.rows()).extracting(Ranker.Placed::item).containsExactly(c, a, b, d);
	}

	@Test
	void totalsEqualInValueAreTied() {
		var a = key("00000000-0000-0000-0000-000000000001", "75.5", "35.00", MONDAY);
		var b = key("00000000-0000-0000-0000-000000000002", "75.50", "35.00", TUESDAY);

		var ranking = Ranker.rank(List.of(a, b), k -> k, 1, MARGIN);

		assertThat(ranking.rows()).allMatch(Ranker.Placed::tied);
		assertThat(ranking.rows().get(1).tieBrokenBy()).isEqualTo(TieBreak.SUBMISSION);
	}

	@Test
	void marksThePlacesTheCutOffAndTheBorderlineCases() {
		// given 3 places and six applications
		var rows = List.of(key("00000000-0000-0000-0000-000000000001", "90.00", "45.00", MONDAY),
				key("00000000-0000-0000-0000-000000000002", "80.00", "40.00", MONDAY),
				key("00000000-0000-0000-0000-000000000003", "72.00", "36.00", MONDAY),
				key("00000000-0000-0000-0000-000000000004", "70.00", "35.00", MONDAY),
				key("00000000-0000-0000-0000-000000000005", "69.99", "35.00", MONDAY),
				key("00000000-0000-0000-0000-000000000006", "74.00", "37.00", MONDAY));

		// when
		var ranking = Ranker.rank(rows, k -> k, 3, MARGIN);

		// then the cut-off is the third total, 74; within 2 points of it (72 to 76, bounds included) is borderline
		assertThat(ranking.cutOffScore()).isEqualByComparingTo("74.00");
		assertThat(ranking.rows()).extracting(placed -> placed.item().total().toPlainString(),
				Ranker.Placed::withinPlaces, Ranker.Placed::borderline)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("90.00", true, false),
					org.assertj.core.groups.Tuple.tuple("80.00", true, false),
					org.assertj.core.groups.Tuple.tuple("74.00", true, true),
					org.assertj.core.groups.Tuple.tuple("72.00", false, true),
					org.assertj.core.groups.Tuple.tuple("70.00", false, false),
					org.assertj.core.groups.Tuple.tuple("69.99", false, false));
	}

	@Test
	void aTieAtTheCutOffIsBorderlineOnBothSides() {
		var first = key("00000000-0000-0000-0000-000000000001", "70.00", "40.00", MONDAY);
		var second = key("00000000-0000-0000-0000-000000000002", "70.00", "30.00", MONDAY);

		var ranking = Ranker.rank(List.of(first, second), k -> k, 1, BigDecimal.ZERO);

		assertThat(ranking.rows()).allMatch(Ranker.Placed::borderline);
		assertThat(ranking.rows()).extracting(Ranker.Placed::withinPlaces).containsExactly(true, false);
		assertThat(ranking.rows().get(1).tieBrokenBy()).isEqualTo(TieBreak.ENGAGEMENT);
	}

	@Test
	void whenEveryApplicationFitsThereIsNoCutOffAndNothingBorderline() {
		var rows = List.of(key("00000000-0000-0000-0000-000000000001", "90.00", "45.00", MONDAY),
				key("00000000-0000-0000-0000-000000000002", "10.00", "5.00", MONDAY));

		var ranking = Ranker.rank(rows, k -> k, 2, MARGIN);

		assertThat(ranking.cutOffScore()).isNull();
		assertThat(ranking.rows()).allMatch(Ranker.Placed::withinPlaces).noneMatch(Ranker.Placed::borderline);
	}

	static Ranker.Key key(String id, String total, String engagement, Instant submittedAt) {
		return new Ranker.Key(new ApplicationId(UUID.fromString(id)), new BigDecimal(total),
				new BigDecimal(engagement), submittedAt);
	}

}
