package ca.pignon.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListIndexPolicyTests {

	static final int LIMIT = ListIndexPolicy.LIMIT;

	@Test
	void namesTheListOfARowPastTheLimitOrNegative() {
		assertThat(ListIndexPolicy.outOfBounds("teams[300].name", LIMIT)).contains("teams");
		assertThat(ListIndexPolicy.outOfBounds("teams[256].name", LIMIT)).contains("teams");
		assertThat(ListIndexPolicy.outOfBounds("teams[-1].name", LIMIT)).contains("teams");
		assertThat(ListIndexPolicy.outOfBounds("criteria[99999999999999].label", LIMIT)).contains("criteria");
		assertThat(ListIndexPolicy.outOfBounds("teams[0].advisors[400]", LIMIT)).contains("teams[0].advisors");
	}

	@Test
	void letsRowsWithinTheLimitAndOtherNamesThrough() {
		assertThat(ListIndexPolicy.outOfBounds("teams[255].name", LIMIT)).isEmpty();
		assertThat(ListIndexPolicy.outOfBounds("teams[0].name", LIMIT)).isEmpty();
		assertThat(ListIndexPolicy.outOfBounds("name", LIMIT)).isEmpty();
		assertThat(ListIndexPolicy.outOfBounds("answers[website]", LIMIT)).isEmpty();
	}

}
