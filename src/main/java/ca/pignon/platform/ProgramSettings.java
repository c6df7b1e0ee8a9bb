package ca.pignon.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/**
 * Who runs the program: shown in the footer and on the privacy page. An operator taking over a program changes these,
 * not the code.
 *
 * @param operatorName the organisation that runs the program
 * @param privacyOfficer the person in charge of the protection of personal information (Loi 25, s. 3.1)
 * @param contactEmail where merchants write to the program: shown wherever a merchant is told to write to us
 * @param contactPhone the program's phone number for merchants, shown beside its email (none when empty)
 */
@Validated
@ConfigurationProperties("pignon.program")
public record ProgramSettings(@NotBlank @DefaultValue("l'organisme mandataire du programme") String operatorName,
		@Valid @DefaultValue PrivacyOfficer privacyOfficer,
		@NotBlank @Email @DefaultValue("programme@localhost") String contactEmail,
		@DefaultValue("") String contactPhone) {

	/**
	 * @param name the person's name, or the title of the function when the role is delegated
	 * @param title their function
	 * @param email where requests and complaints go
	 */
	public record PrivacyOfficer(@NotBlank @DefaultValue("Responsable de la protection des renseignements personnels") String name,
			@NotBlank @DefaultValue("Direction générale") String title,
			@NotBlank @Email @DefaultValue("confidentialite@localhost") String email,
			@DefaultValue("") String phone,
			@DefaultValue("") String address) {
	}

}
