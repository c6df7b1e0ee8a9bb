package ca.pignon.selection;

import org.springframework.jdbc.core.simple.JdbcClient;

import ca.pignon.intake.IntakeManagement;
import ca.pignon.platform.AccountManagement;

/**
 * For tests outside this package (the pages, the browser journey): the same clean start as every selection test,
 * see {@link SelectionFixture#reset()}.
 */
public final class SelectionTables {

	private SelectionTables() {
	}

	/** Empties intake's and selection's tables once pending events are handled, and puts the shipped grid back. */
	public static void reset(IntakeManagement intake, AccountManagement accounts, SelectionManagement selection,
			JdbcClient jdbc) {
		new SelectionFixture(intake, accounts, selection, jdbc).reset();
	}

	/** Waits until the listeners have handled every event published so far. */
	public static void awaitEvents(IntakeManagement intake, AccountManagement accounts,
			SelectionManagement selection, JdbcClient jdbc) {
		new SelectionFixture(intake, accounts, selection, jdbc).awaitEvents();
	}

}
