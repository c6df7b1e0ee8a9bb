package ca.pignon.selection.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ca.pignon.selection.AutomaticRule;
import ca.pignon.selection.SelectionRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A points table gives points, within the scale, to every value its rule can read, or it is refused with the reason.
 */
class PointsTableTests {

	@ParameterizedTest(name = "{0} {1}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			HOURS_PER_WEEK | LESS_THAN_ONE=0;ONE_TO_TWO=2                                 | 4 | selection.grid.points.incomplete
			HOURS_PER_WEEK | LESS_THAN_ONE=0;SOMETIMES=2;*=1                              | 4 | selection.grid.points.unknownValue
			HOURS_PER_WEEK | LESS_THAN_ONE=0;*=5                                          | 4 | selection.grid.points.outOfScale
			HOURS_PER_WEEK | LESS_THAN_ONE=-1;*=2                                         | 4 | selection.grid.points.outOfScale
			HOURS_PER_WEEK | LESS_THAN_ONE:0;*=2                                          | 4 | selection.grid.points.syntax
			HOURS_PER_WEEK | LESS_THAN_ONE=zero;*=2                                       | 4 | selection.grid.points.syntax
			HOURS_PER_WEEK | *=1;*=2                                                      | 4 | selection.grid.points.syntax
			WORK_BY        | '   '                                                        | 4 | selection.grid.points.required
			EMPLOYEES      | 0-1=3;3-9=4;10+=1                                            | 4 | selection.grid.points.incomplete
			EMPLOYEES      | 0-4=3;4-9=4;10+=1                                            | 4 | selection.grid.points.overlap
			EMPLOYEES      | 0-4=3;5-9=4                                                  | 4 | selection.grid.points.incomplete
			EMPLOYEES      | 0-4=3;9-5=4;10+=1                                            | 4 | selection.grid.points.unknownValue
			EMPLOYEES      | few=3;*=1                                                    | 4 | selection.grid.points.unknownValue
			SECTOR         | 44=4;45=4                                                    | 4 | selection.grid.points.incomplete
			SECTOR         | 4=4;*=1                                                      | 4 | selection.grid.points.unknownValue
			SECTOR         | retail=4;*=1                                                 | 4 | selection.grid.points.unknownValue
			""")
	void refusesATableThatIsIncompleteOutOfScaleOrMiswritten(AutomaticRule rule, String table, int max,
			String expected) {
		assertThatThrownBy(() -> PointsTable.parse(rule, table, max, "CODE"))
			.isInstanceOfSatisfying(SelectionRefused.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo(expected);
				assertThat(refused.field()).isEqualTo("CODE");
			});
	}

	@Test
	void acceptsEveryShippedTable() {
		for (var criterion : DefaultGrid.CRITERIA) {
			if (criterion.rule() != null) {
				var table = PointsTable.parse(criterion.rule(), criterion.pointsTable(), criterion.max(),
						criterion.code());
				assertThat(table.format()).as(criterion.code()).isEqualTo(criterion.pointsTable());
			}
		}
	}

	@Test
	void anyOtherValueCoversGapsAndUnknownValues() {
		var employees = PointsTable.parse(AutomaticRule.EMPLOYEES, "2-9=4;*=1", 4, "EMPLOYEES");
		var workBy = PointsTable.parse(AutomaticRule.WORK_BY, "OWNER=4;*=2", 4, "WORK_BY");

		assertThat(employees.pointsFor("0")).isEqualTo(1);
		assertThat(employees.pointsFor("5")).isEqualTo(4);
		assertThat(employees.pointsFor("300")).isEqualTo(1);
		assertThat(workBy.pointsFor("PROVIDER")).isEqualTo(2);
		assertThat(workBy.pointsFor(null)).isNull();
	}

	@Test
	void spacesAroundKeysAndPointsAreIgnored() {
		var table = PointsTable.parse(AutomaticRule.ONLINE_PRESENCE, " NONE = 4 ; SOCIAL_ONLY=2;WEBSITE= 1 ;", 4, "P");

		assertThat(table.format()).isEqualTo("NONE=4;SOCIAL_ONLY=2;WEBSITE=1");
	}

}
