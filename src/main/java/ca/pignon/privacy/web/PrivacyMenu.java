package ca.pignon.privacy.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ca.pignon.platform.MenuEntry;
import ca.pignon.platform.Role;

/** The menu's link to a merchant's own data. */
@Configuration(proxyBeanMethods = false)
class PrivacyMenu {

	@Bean
	MenuEntry privacyMenuEntry() {
		return new MenuEntry("privacy.nav.myData", "/privacy/my", 80, Set.of(Role.MERCHANT));
	}

}
