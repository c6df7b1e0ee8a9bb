package ca.pignon.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import ca.pignon.shared.AccountId;

/**
 * Signs in a person who has just proven who they are another way (they just created their account), so that they
 * can go on without typing their password again. The session id changes, as on a normal login.
 */
@Component
public class SignIn {

	private final Accounts accounts;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SignIn(Accounts accounts) {
		this.accounts = accounts;
	}

	public void signIn(AccountId id, HttpServletRequest request, HttpServletResponse response) {
		var user = accounts.findById(id.value()).orElseThrow().toUser().withoutPassword();
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

}
