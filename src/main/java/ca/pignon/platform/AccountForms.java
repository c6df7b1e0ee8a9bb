package ca.pignon.platform;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The forms of the account pages; each is validated on the server, whatever the browser did.
 */
final class AccountForms {

	private AccountForms() {
	}

	record ChangePassword(@NotBlank(message = "{platform.password.currentRequired}") @Nullable String currentPassword,
			@NotBlank(message = "{platform.password.required}") @Nullable String newPassword) {
	}

	record SetPassword(@NotBlank(message = "{platform.password.required}") @Nullable String password) {
	}

	record ForgotPassword(@NotBlank(message = "{platform.email.required}") @Email(message = "{platform.email.invalid}")
	@Size(max = 254, message = "{platform.email.invalid}") @Nullable String email) {
	}

	record Setup(
			@NotBlank(message = "{platform.email.required}") @Email(message = "{platform.email.invalid}") @Size(max = 254,
					message = "{platform.email.invalid}") @Nullable String email,
			@NotBlank(message = "{platform.displayName.required}") @Size(max = 120,
					message = "{platform.displayName.tooLong}") @Nullable String displayName,
			@NotBlank(message = "{platform.password.required}") @Nullable String password) {
	}

	record InviteStaff(
			@NotBlank(message = "{platform.email.required}") @Email(message = "{platform.email.invalid}") @Size(max = 254,
					message = "{platform.email.invalid}") @Nullable String email,
			@NotBlank(message = "{platform.displayName.required}") @Size(max = 120,
					message = "{platform.displayName.tooLong}") @Nullable String displayName,
			@NotNull(message = "{platform.role.required}") @Nullable Role role) {
	}

	record NewToken(
			@NotBlank(message = "{platform.tokens.name.required}") @Size(max = 80,
					message = "{platform.tokens.name.tooLong}") @Nullable String name,
			@NotNull(message = "{platform.tokens.days.invalid}") @Min(value = 1,
					message = "{platform.tokens.days.invalid}") @Max(value = 365,
							message = "{platform.tokens.days.invalid}") @Nullable Integer days) {
	}

}
