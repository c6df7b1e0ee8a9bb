package ca.pignon.platform;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import ca.pignon.intake.ApplicationFixture;
import ca.pignon.intake.Contact;
import ca.pignon.intake.IntakeManagement;

/**
 * Real accounts in the test database, a new one per call so that test classes sharing a context never meet: staff
 * ready to sign in, merchants registered the way the registration page does it (with their draft).
 */
final class TestAccounts {

	static final String PASSWORD = "une phrase de passe pour les essais";

	private final AccountManagement accounts;

	private final EmailAddressManagement emailAddresses;

	private final IntakeManagement intake;

	private final UserDetailsService users;

	private final AccountRecords records;

	TestAccounts(ApplicationContext context) {
		this.records = context.getBean(AccountRecords.class);
		this.accounts = context.getBean(AccountManagement.class);
		this.emailAddresses = context.getBean(EmailAddressManagement.class);
		this.intake = context.getBean(IntakeManagement.class);
		this.users = context.getBean(UserDetailsService.class);
	}

	/** @return the new account's email address */
	String create(Role role) {
		String email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@pignon.test";
		if (role == Role.MERCHANT) {
			var account = intake.register(email, PASSWORD, new Contact("Rosalie", "Gingras", null), Locale.CANADA_FRENCH)
				.orElseThrow();
			// the merchant opens the verification mail and follows its link
			emailAddresses.verifyEmail(ApplicationFixture.verificationSecret(records, account));
		}
		else {
			accounts.createVerified(email, PASSWORD, "Essai " + role.name(), role);
		}
		return email;
	}

	/** @return the address of a new merchant who has not opened the verification mail yet */
	String createUnverifiedMerchant() {
		String email = "merchant-" + UUID.randomUUID() + "@pignon.test";
		intake.register(email, PASSWORD, new Contact("Rosalie", "Gingras", null), Locale.CANADA_FRENCH).orElseThrow();
		return email;
	}

	/** A new account of that role, as Spring Security loads it at sign-in. */
	PignonUser signedIn(Role role) {
		return user(create(role));
	}

	PignonUser user(String email) {
		return (PignonUser) users.loadUserByUsername(email);
	}

}
