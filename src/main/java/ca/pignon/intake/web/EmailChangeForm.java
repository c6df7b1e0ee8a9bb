package ca.pignon.intake.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The new email address a merchant asks for on "Corriger mes renseignements", checked as at registration. */
record EmailChangeForm(@NotBlank(message = "{platform.email.required}") @Email(message = "{platform.email.invalid}")
@Size(max = 254, message = "{platform.email.invalid}") @Nullable String email) {
}
