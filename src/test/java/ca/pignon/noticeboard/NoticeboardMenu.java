package ca.pignon.noticeboard;

import java.util.Set;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import ca.pignon.platform.MenuEntry;
import ca.pignon.platform.Role;

/**
 * The menu's link to the notice board, for merchants, right after their application. (A module says
 * {@code @Configuration}; see {@link NoticeboardRoutes} for why this fixture does not.)
 */
@TestConfiguration(proxyBeanMethods = false)
class NoticeboardMenu {

	@Bean
	MenuEntry noticeboardMenuEntry() {
		return new MenuEntry("noticeboard.nav", "/noticeboard", 15, Set.of(Role.MERCHANT));
	}

}
