package ca.pignon.selection;

import java.util.function.Consumer;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.pignon.intake.IntakeManagement;
import ca.pignon.platform.AccountManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every selection integration test injects, on one shared context, starting from empty intake and selection
 * tables.
 */
@SelectionSpringTest
abstract class SelectionTest {

	@Autowired
	IntakeManagement intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	SelectionManagement selection;

	@Autowired
	JdbcClient jdbc;

	SelectionFixture fixture;

	@BeforeEach
	void emptyTables() {
		fixture = new SelectionFixture(intake, accounts, selection, jdbc);
		fixture.reset();
	}

	static void assertRefused(ThrowingCallable action, String key) {
		assertRefused(action, key, refused -> {
		});
	}

	static void assertRefused(ThrowingCallable action, String key, Consumer<SelectionRefused> more) {
		assertThatThrownBy(action).isInstanceOfSatisfying(SelectionRefused.class, refused -> {
			assertThat(refused.messageKey()).isEqualTo(key);
			more.accept(refused);
		});
	}

	int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}

}
