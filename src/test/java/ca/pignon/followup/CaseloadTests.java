package ca.pignon.followup;

import java.time.Duration;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.shared.ApplicationId;
import ca.pignon.platform.PignonUser;

import static ca.pignon.followup.FollowupFixture.actor;
import static ca.pignon.followup.FollowupFixture.held;
import static ca.pignon.followup.FollowupFixture.planned;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The advisor's dashboard: the last contact is the last meeting held, or the assignment; 14 and 30 days without
 * contact are flagged; a merchant is at risk after 30 days, a missed planned meeting or an overdue plan action; the
 * most urgent come first, and an advisor sees only their own caseload.
 */
class CaseloadTests extends FollowupTest {

	@Test
	void flagsFourteenThenThirtyDaysWithoutContactCountedFromTheAssignment() {
		PignonUser anne = fixture.advisor("Anne Tremblay");
		fixture.accompanied(anne, "Boulangerie du Parvis");

		fixture.walk(Duration.ofDays(13));
		CaseloadRow day13 = onlyRow(anne);
		fixture.walk(Duration.ofDays(1));
		CaseloadRow day14 = onlyRow(anne);
		fixture.walk(Duration.ofDays(16));
		CaseloadRow day30 = onlyRow(anne);

		assertThat(day13.daysWithoutContact()).isEqualTo(13);
		assertThat(day13.noContact14()).isFalse();
		assertThat(day14.noContact14()).isTrue();
		assertThat(day14.noContact30()).isFalse();
		assertThat(day14.atRisk()).isFalse();
		assertThat(day30.noContact30()).isTrue();
		assertThat(day30.atRisk()).isTrue();
		assertThat(fixture.followup.caseload(anne.accountId(), 0, 50).atRisk()).isEqualTo(1);
	}

	@Test
	void aMeetingHeldResetsTheLastContact() {
		PignonUser anne = fixture.advisor("Anne Tremblay");
		ApplicationId boulangerie = fixture.accompanied(anne, "Boulangerie du Parvis").get(0).id();
		fixture.walk(Duration.ofDays(40));

		fixture.followup.logMeeting(boulangerie, held(fixture.today().minusDays(2), 60), actor(anne));

		CaseloadRow row = onlyRow(anne);
		assertThat(row.lastContact()).isEqualTo(fixture.today().minusDays(2));
		assertThat(row.daysWithoutContact()).isEqualTo(2);
		assertThat(row.atRisk()).isFalse();
		assertThat(row.hours().usedMinutes()).isEqualTo(60);
	}

	@Test
	void aPlannedMeetingWhoseTimePassedWithoutBeingHeldPutsTheMerchantAtRisk() {
		PignonUser anne = fixture.advisor("Anne Tremblay");
		ApplicationId boulangerie = fixture.accompanied(anne, "Boulangerie du Parvis").get(0).id();
		fixture.followup.logMeeting(boulangerie, planned(fixture.today().plusDays(2), LocalTime.of(10, 0), 60),
				actor(anne));
		assertThat(onlyRow(anne).nextPlanned()).isNotNull();
		assertThat(onlyRow(anne).atRisk()).isFalse();

		fixture.walk(Duration.ofDays(4));

		assertThat(onlyRow(anne).missedMeetings()).isEqualTo(1);
		assertThat(onlyRow(anne).atRisk()).isTrue();
	}

	@Test
	void putsTheMostUrgentFirstAndCountsOverduePlanActions() {
		PignonUser anne = fixture.advisor("Anne Tremblay");
		List<ApplicationDetails> merchants = fixture.accompanied(anne, "Atelier Vélo", "Boulangerie du Parvis",
				"Café Limoilou");
		ApplicationId atelier = merchants.get(0).id();
		ApplicationId boulangerie = merchants.get(1).id();
		ApplicationId cafe = merchants.get(2).id();
		fixture.walk(Duration.ofDays(20));
		// the bakery was seen yesterday but has a plan action due last month; the café was seen 5 days ago
		fixture.followup.logMeeting(boulangerie, held(fixture.today().minusDays(1), 60), actor(anne));
		fixture.followup.logMeeting(cafe, held(fixture.today().minusDays(5), 60), actor(anne));
		YearMonth lastMonth = YearMonth.from(fixture.today()).minusMonths(1);
		fixture.followup.recordPlanActions(boulangerie, List.of(new PlanAction("a1", "Fiche Google", lastMonth, false),
				new PlanAction("a2", "Photos", lastMonth, true),
				new PlanAction("a3", "Infolettre", YearMonth.from(fixture.today()), false)));

		List<CaseloadRow> rows = fixture.followup.caseload(anne.accountId(), 0, 50).rows();

		assertThat(rows).extracting(CaseloadRow::applicationId).containsExactly(boulangerie, atelier, cafe);
		assertThat(rows.get(0).overdueActions()).isEqualTo(1);
		assertThat(rows.get(0).atRisk()).isTrue();
		assertThat(rows.get(1).noContact14()).isTrue();
		assertThat(rows.get(1).atRisk()).isFalse();
	}

	@Test
	void anAdvisorSeesOnlyTheirCaseloadAndManagersTheWholeProgramPageByPage() {
		PignonUser anne = fixture.advisor("Anne Tremblay");
		PignonUser benoit = fixture.advisor("Benoît Roy");
		fixture.accompanied(anne, "Atelier Vélo", "Boulangerie du Parvis");
		fixture.accompanied(benoit, "Café Limoilou");

		assertThat(fixture.followup.caseload(anne.accountId(), 0, 50).total()).isEqualTo(2);
		assertThat(fixture.followup.caseload(benoit.accountId(), 0, 50).rows()).extracting(CaseloadRow::businessName)
			.containsExactly(fixture.followup.caseload(null, 0, 50)
				.rows()
				.stream()
				.filter(row -> row.advisor().equals(benoit.accountId()))
				.map(CaseloadRow::businessName)
				.toArray(String[]::new));
		CaseloadPage first = fixture.followup.caseload(null, 0, 2);
		CaseloadPage second = fixture.followup.caseload(null, 1, 2);
		assertThat(first.total()).isEqualTo(3);
		assertThat(first.pages()).isEqualTo(2);
		assertThat(first.rows()).hasSize(2);
		assertThat(second.rows()).hasSize(1).doesNotContainAnyElementsOf(first.rows());
	}

	private CaseloadRow onlyRow(PignonUser advisor) {
		return fixture.followup.caseload(advisor.accountId(), 0, 50).rows().get(0);
	}

}
