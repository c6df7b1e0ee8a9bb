package ca.pignon.platform;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ca.pignon.intake.ApplicationFixture;
import ca.pignon.selection.SelectionSpringTest;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.Actor;

import static org.assertj.core.api.Assertions.assertThat;

/** Names are looked up from the account when shown: current, Pignon for the rules, and gone with the account. */
@SelectionSpringTest
class PeopleTests {

	@Autowired
	People people;

	@Autowired
	AccountManagement accounts;

	@Test
	void namesAnAccountByItsCurrentDisplayName() {
		AccountId anne = accounts.inviteStaff(ApplicationFixture.uniqueEmail("anne"), "Anne Tremblay", Role.ADVISOR,
				Locale.CANADA_FRENCH);
		assertThat(people.nameOf(Actor.of(anne), Locale.CANADA_FRENCH)).isEqualTo("Anne Tremblay");
	}

	@Test
	void namesTheRulesPignon() {
		assertThat(people.nameOf(Actor.RULES, Locale.CANADA_FRENCH)).isEqualTo("Pignon");
	}

	@Test
	void saysAnAccountThatNoLongerExistsIsGoneInTheReadersLanguage() {
		AccountId unknown = AccountId.random();
		assertThat(people.nameOf(unknown, Locale.CANADA_FRENCH)).isEqualTo("un compte retiré");
		assertThat(people.nameOf(unknown, Locale.ENGLISH)).isEqualTo("a former account");
	}

	@Test
	void namesManyAccountsInOneAnswer() {
		AccountId anne = accounts.inviteStaff(ApplicationFixture.uniqueEmail("anne"), "Anne Tremblay", Role.ADVISOR,
				Locale.CANADA_FRENCH);
		AccountId marc = accounts.inviteStaff(ApplicationFixture.uniqueEmail("marc"), "Marc Roy", Role.MANAGER,
				Locale.CANADA_FRENCH);
		assertThat(people.namesOf(List.of(anne, marc, anne), Locale.CANADA_FRENCH)).containsEntry(anne, "Anne Tremblay")
			.containsEntry(marc, "Marc Roy")
			.hasSize(2);
	}

}
