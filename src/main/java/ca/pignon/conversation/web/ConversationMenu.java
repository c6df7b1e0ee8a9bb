package ca.pignon.conversation.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ca.pignon.platform.MenuEntry;
import ca.pignon.platform.Role;

/** The menu's link to the contact details advisors and managers show merchants. */
@Configuration(proxyBeanMethods = false)
class ConversationMenu {

	@Bean
	MenuEntry conversationMenuEntry() {
		return new MenuEntry("conversation.menu.contact", "/conversation/contact", 45,
				Set.of(Role.ADVISOR, Role.MANAGER));
	}

}
