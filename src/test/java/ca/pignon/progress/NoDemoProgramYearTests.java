package ca.pignon.progress;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;

import ca.pignon.platform.AccountManagement;

import static org.assertj.core.api.Assertions.assertThat;

/** Without the demo profile (the configuration of the application's start test), no past program year is seeded. */
@SpringBootTest
@AutoConfigureMockMvc
class NoDemoProgramYearTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountManagement accounts;

	@Test
	void nothingIsSeededWithoutTheDemoProfile() {
		assertThat(context.getBeanNamesForType(DemoProgramYear.class)).isEmpty();
		assertThat(accounts.exists(DemoProgramYear.email(0))).isFalse();
	}

}
