package ca.pignon.selection.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.AccountSummary;
import ca.pignon.platform.Role;
import ca.pignon.selection.StaffRef;

/**
 * The staff a manager may name as reviewers, team members or advisors: enabled advisors' and managers' accounts (what
 * the selection workflow accepts), by name.
 */
@Component
class StaffDirectory {

	private final AccountManagement accounts;

	StaffDirectory(AccountManagement accounts) {
		this.accounts = accounts;
	}

	List<StaffRef> advisorsAndManagers() {
		return accounts.staff()
			.stream()
			.filter(AccountSummary::enabled)
			.filter(account -> account.role() == Role.ADVISOR || account.role() == Role.MANAGER)
			.sorted(Comparator.comparing(AccountSummary::displayName, String.CASE_INSENSITIVE_ORDER))
			.map(account -> new StaffRef(account.id(), account.displayName()))
			.toList();
	}

}
