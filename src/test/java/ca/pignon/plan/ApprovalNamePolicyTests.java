package ca.pignon.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import ca.pignon.platform.Refused.Problem;

/** The name the merchant types to approve their plan, without Spring. */
class ApprovalNamePolicyTests {

	ApprovalNamePolicy rosalie = new ApprovalNamePolicy("Rosalie", "Gingras");

	ApprovalNamePolicy marieEve = new ApprovalNamePolicy("Marie-Ève", "O’Neil");

	@Test
	void theContactsNameApprovesWhateverTheCaseAccentsAndExtraSpaces() {
		assertThat(rosalie.check("Rosalie Gingras")).isEmpty();
		assertThat(rosalie.check("rosalie GINGRAS")).isEmpty();
		assertThat(rosalie.check("  ROSALIE   gîngras ")).isEmpty();
	}

	@Test
	void hyphensApostrophesAndPeriodsDoNotMatter() {
		assertThat(marieEve.check("Marie Eve O'Neil")).isEmpty();
		assertThat(marieEve.check("marie-eve o neil")).isEmpty();
		assertThat(marieEve.check("Marie-Ève O.Neil")).isEmpty();
	}

	@Test
	void theLastNameMayComeFirst() {
		assertThat(rosalie.check("Gingras Rosalie")).isEmpty();
		assertThat(marieEve.check("O’Neil, Marie-Ève")).as("a comma is not a space").isPresent();
		assertThat(marieEve.check("O’Neil Marie-Ève")).isEmpty();
	}

	@Test
	void nothingTypedIsAskedFor() {
		assertThat(rosalie.check("   ")).contains(Problem.about("name", "plan.approve.nameRequired"));
	}

	@Test
	void someoneElsesNameIsRefusedNamingTheContactAsInTheirApplication() {
		Problem mismatch = Problem.about("name", "plan.approve.nameMismatch", "Rosalie Gingras");
		assertThat(rosalie.check("Rosa G.")).contains(mismatch);
		assertThat(rosalie.check("Rosalie")).contains(mismatch);
		assertThat(rosalie.check("Rosalie Gingras Tremblay")).contains(mismatch);
	}

	@Test
	void aNameLongerThanTwoHundredCharactersIsNotTheirs() {
		assertThat(rosalie.check("Rosalie" + " ".repeat(186) + "Gingras")).isEmpty();
		assertThat(rosalie.check("Rosalie" + " ".repeat(187) + "Gingras")).isPresent();
	}

}
