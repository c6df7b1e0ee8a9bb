package ca.pignon.conversation.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import ca.pignon.platform.ModuleRoutes;

import static ca.pignon.platform.ModuleRoutes.staff;

/**
 * Who may reach the conversation's pages: the merchant their own; staff a dossier's (the controller asks the dossier's
 * one access rule: an advisor their caseload, managers and administrators every one); advisors and managers their own
 * contact choices.
 */
@Component
class ConversationRoutes implements ModuleRoutes {

	@Override
	public void web(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/conversation/my", "/conversation/my/**")
			.hasRole("MERCHANT")
			.requestMatchers("/conversation/applications/**")
			.hasAnyRole(staff())
			.requestMatchers("/conversation/contact")
			.hasAnyRole("ADVISOR", "MANAGER");
	}

}
