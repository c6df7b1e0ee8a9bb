package ca.pignon.selection;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ca.pignon.shared.Actor;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.HoursPerWeek;
import ca.pignon.intake.Places;
import ca.pignon.intake.WorkBy;
import ca.pignon.selection.internal.DefaultGrid;
import ca.pignon.shared.GeoPoint;

import static ca.pignon.intake.ApplicationFixture.FRENCH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ranking and every score are reproducible from what selection stored (the inputs as read when the application
 * entered the round, the reviews) and the round's grid version, whatever happens to the application or to the grid
 * afterwards.
 */
class ReproducibilityTests extends SelectionTest {

	/** The CEGEP's Charlesbourg campus, row 107049 of the address index. */
	static final GeoPoint CHARLESBOURG = new GeoPoint(46.8616504, -71.2602728);

	Actor manager;

	Actor anne;

	Actor marc;

	ApplicationDetails bakery;

	ApplicationDetails grocery;

	ApplicationDetails florist;

	RoundId round;

	@BeforeEach
	void aScoredRound() {
		manager = fixture.manager("Gaby Gestion");
		anne = fixture.advisor("Anne Conseil");
		marc = fixture.advisor("Marc Conseil");
		bakery = fixture.eligible("Boulangerie");
		grocery = fixture.application("Épicerie")
			.committing(HoursPerWeek.MORE_THAN_FIVE, WorkBy.EMPLOYEE)
			.online(null, "facebook.com/epicerie", null, null)
			.employing(12)
			.inSector("445110")
			.submit();
		florist = fixture.application("Fleuriste")
			.committing(HoursPerWeek.ONE_TO_TWO, WorkBy.PROVIDER)
			.online(null, null, null, null)
			.employing(1)
			.inSector("459420")
			.submit();
		round = fixture.open("Printemps", 1, manager, anne, marc);
		fixture.review(round, bakery.id(), anne, manager, 3);
		fixture.review(round, bakery.id(), marc, manager, 2);
		fixture.review(round, grocery.id(), anne, manager, 4);
		fixture.review(round, florist.id(), marc, manager, 1);
	}

	@Test
	void theStoredRankingIsWhatTheStoredInputsAndTheGridVersionGive() {
		assertThat(selection.recomputeRanking(round)).isEqualTo(selection.ranking(round));
	}

	@Test
	void theRankingDoesNotMoveWhenTheApplicationChangesAfterScoring() {
		// given
		var before = selection.ranking(round);
		var bakeryBefore = selection.scoreOf(round, bakery.id(), FRENCH);

		// when every answer the automatic criteria read changes (as a later correction of the application would) and
		// staff move the storefront to Charlesbourg
		jdbc.sql("""
				UPDATE intake_application SET hours_per_week = 'LESS_THAN_ONE', work_by = 'UNDECIDED', employees = 300,
				  naics_code = '541430', website = NULL, instagram = NULL
				WHERE id = :id""").param("id", bakery.id().value()).update();
		intake.placeManually(bakery.id(), CHARLESBOURG, "Vérifié sur place.",
				intake.application(bakery.id(), FRENCH).version(), manager);
		fixture.awaitEvents();
		assertThat(intake.application(bakery.id(), FRENCH).location().arrondissementCode())
			.isEqualTo(Places.CHARLESBOURG);

		// then the ranking, recomputed or stored, is the same, and so is the breakdown with the inputs as read
		assertThat(selection.ranking(round)).isEqualTo(before);
		assertThat(selection.recomputeRanking(round)).isEqualTo(before);
		var bakeryAfter = selection.scoreOf(round, bakery.id(), FRENCH);
		assertThat(bakeryAfter).isEqualTo(bakeryBefore);
		assertThat(bakeryAfter.criteria()).extracting(CriterionScore::input)
			.containsExactly("THREE_TO_FIVE", "OWNER", null, null, "WEBSITE", "4", "445110", null);
	}

	@Test
	void aChangedGridLeavesTheOpenRoundAndItsScoresOnTheirVersion() {
		// given
		var before = selection.ranking(round);
		int roundVersion = selection.round(round).gridVersion();

		// when a manager doubles the weight of the project's fit
		List<CriterionDefinition> changed = new ArrayList<>(DefaultGrid.CRITERIA);
		changed.set(7, changed.get(7).weighing(40, 4));
		int newVersion = selection.reviseGrid(selection.currentGrid(FRENCH).version(), changed, manager);

		// then the round, its scores and its ranking keep the version they were given on
		assertThat(newVersion).isGreaterThan(roundVersion);
		assertThat(selection.round(round).gridVersion()).isEqualTo(roundVersion);
		assertThat(selection.ranking(round)).isEqualTo(before);
		assertThat(selection.recomputeRanking(round)).isEqualTo(before);
		assertThat(selection.scoreOf(round, bakery.id(), FRENCH).gridVersion()).isEqualTo(roundVersion);
		assertThat(selection.reviewBoard(round, bakery.id(), manager.accountId(), FRENCH).others())
			.flatExtracting(ReviewView::scores)
			.extracting(ReviewerScore::gridVersion)
			.containsOnly(roundVersion);
		assertThat(jdbc.sql("SELECT DISTINCT grid_version FROM selection_standing").query(Integer.class).list())
			.containsExactly(roundVersion);

		// and the next round scores the same answers on the new version
		selection.closeRound(round, manager);
		var next = fixture.open("Été", 1, manager, anne);
		assertThat(selection.round(next).gridVersion()).isEqualTo(newVersion);
		assertThat(selection.scoreOf(next, bakery.id(), FRENCH).gridVersion()).isEqualTo(newVersion);
		assertThat(selection.scoreOf(next, bakery.id(), FRENCH).criteria())
			.filteredOn(criterion -> criterion.code().equals("PROJECT_FIT"))
			.singleElement()
			.satisfies(criterion -> assertThat(criterion.weight()).isEqualTo(40));
	}

	@Test
	void aDecisionKeepsTheScoreAndRankItWasTakenOn() {
		// given
		var row = selection.ranking(round).row(grocery.id()).orElseThrow();

		// when
		fixture.retain(round, grocery.id(), anne, manager);

		// then
		var kept = jdbc.sql("SELECT score_at_decision, rank_at_decision FROM selection_candidate WHERE application_id = :id")
			.param("id", grocery.id().value())
			.query((rs, n) -> List.of(rs.getBigDecimal(1), rs.getInt(2)))
			.single();
		assertThat(kept).containsExactly(row.total(), row.rank());
	}

}
