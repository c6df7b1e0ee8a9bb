package ca.pignon.diagnostic.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ca.pignon.platform.MenuEntry;
import ca.pignon.platform.Role;

/**
 * The menu's link to the question bank, for those who run the program.
 */
@Configuration(proxyBeanMethods = false)
class DiagnosticMenu {

	@Bean
	MenuEntry diagnosticBankMenuEntry() {
		return new MenuEntry("layout.nav.diagnosticBank", "/diagnostic/bank", 60, Set.of(Role.MANAGER, Role.ADMIN));
	}

}
