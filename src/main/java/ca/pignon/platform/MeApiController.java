package ca.pignon.platform;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import ca.pignon.shared.AccountId;

/**
 * Lets an integration check which account its token acts for.
 */
@RestController
class MeApiController {

	record Me(AccountId accountId, String email, String displayName, Role role) {
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "The account the request acts for", security = @SecurityRequirement(name = "bearer"))
	Me me(@AuthenticationPrincipal PignonUser user) {
		return new Me(user.accountId(), user.email(), user.displayName(), user.role());
	}

}
