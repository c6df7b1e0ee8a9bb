package ca.pignon.intake.web;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import ca.pignon.intake.IntakeManagement;
import ca.pignon.intake.IntakeSpringTest;
import ca.pignon.platform.AccountManagement;

/**
 * What the intake page tests work with: the application over MockMvc, its accounts, the module API and the database.
 */
@IntakeSpringTest
abstract class IntakeWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	IntakeManagement intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

}
