package ca.pignon.intake;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import ca.pignon.TestContexts;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.EmailAddressManagement;
import ca.pignon.platform.AccountRecords;
import ca.pignon.shared.AccountId;

/**
 * Merchants and their applications, built through {@link IntakeManagement} as the registration pages do:
 * {@code anApplication(intake).named("Boulangerie").at(storefront).submit()}. Merchants verify their address as a real
 * one does, by following the link of the verification mail (the {@code unverified} methods leave it unopened).
 */
public final class ApplicationFixture {

	public static final Locale FRENCH = Locale.CANADA_FRENCH;

	public static final String PASSWORD = "le pain chaud sort à six heures";

	private final IntakeManagement intake;

	private String email = uniqueEmail("commerce");

	private Contact contact = new Contact("Rosalie", "Gingras", "418 555-0123");

	private String legalName = "Commerce " + UUID.randomUUID().toString().substring(0, 8);

	private @Nullable String tradeName;

	private String naicsCode = "445110";

	private Storefront storefront = storefront(Places.BUS_STATION_CIVIC, Places.BUS_STATION_STREET, "Québec",
			"G1K 8N1", ReceptionMode.STOREFRONT);

	private Set<ConsentPurpose> consents = Set.of();

	private Commitment commitment = new Commitment(HoursPerWeek.THREE_TO_FIVE, WorkBy.OWNER);

	private int employees = 4;

	private @Nullable String website = "https://exemple.test";

	private @Nullable String facebook;

	private @Nullable String instagram = "@exemple";

	private @Nullable String otherLinks;

	private ApplicationFixture(IntakeManagement intake) {
		this.intake = intake;
	}

	public static ApplicationFixture anApplication(IntakeManagement intake) {
		return new ApplicationFixture(intake);
	}

	public static String uniqueEmail(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 12) + "@commerce.test";
	}

	public static Storefront storefront(String civicNumber, String street, String municipality, String postalCode,
			ReceptionMode reception) {
		return new Storefront(civicNumber, street, null, municipality, postalCode, reception);
	}

	/** A street the address index does not know: only the postal code can place it. */
	public static Storefront unknownStreet(String municipality, String postalCode, ReceptionMode reception) {
		return storefront("12", "rue Qui-N'existe-Pas", municipality, postalCode, reception);
	}

	public ApplicationFixture named(String legalName) {
		this.legalName = legalName;
		return this;
	}

	/** The person who fills in the application: their account's name and their phone. */
	public ApplicationFixture by(String firstName, String lastName, @Nullable String phone) {
		this.contact = new Contact(firstName, lastName, phone);
		return this;
	}

	public ApplicationFixture trading(String tradeName) {
		this.tradeName = tradeName;
		return this;
	}

	public ApplicationFixture inSector(String naicsCode) {
		this.naicsCode = naicsCode;
		return this;
	}

	public ApplicationFixture at(Storefront storefront) {
		this.storefront = storefront;
		return this;
	}

	public ApplicationFixture receiving(ReceptionMode reception) {
		var s = storefront;
		this.storefront = new Storefront(s.civicNumber(), s.street(), s.unit(), s.municipality(), s.postalCode(),
				reception);
		return this;
	}

	public ApplicationFixture withEmail(String email) {
		this.email = email;
		return this;
	}

	public ApplicationFixture consenting(Set<ConsentPurpose> consents) {
		this.consents = consents;
		return this;
	}

	public ApplicationFixture committing(HoursPerWeek hoursPerWeek, WorkBy workBy) {
		this.commitment = new Commitment(hoursPerWeek, workBy);
		return this;
	}

	public ApplicationFixture employing(int employees) {
		this.employees = employees;
		return this;
	}

	/** Where the business is online today; all {@code null} for a business with no presence at all. */
	public ApplicationFixture online(@Nullable String website, @Nullable String facebook, @Nullable String instagram,
			@Nullable String otherLinks) {
		this.website = website;
		this.facebook = facebook;
		this.instagram = instagram;
		this.otherLinks = otherLinks;
		return this;
	}

	public String email() {
		return email;
	}

	public Business business() {
		return new Business(legalName, tradeName, "1171234567", naicsCode, employees);
	}

	public Storefront storefront() {
		return storefront;
	}

	public Commitment commitment() {
		return commitment;
	}

	/**
	 * The account and its empty draft, its address verified as the merchant does it: the link of the verification
	 * mail is followed.
	 */
	public AccountId register() {
		AccountId account = registerUnverified();
		followVerificationLink(account);
		return account;
	}

	/** The account and its empty draft, the verification mail not opened yet. */
	public AccountId registerUnverified() {
		return intake.register(email, PASSWORD, contact, FRENCH)
			.orElseThrow(() -> new IllegalStateException(email + " already has an account"));
	}

	/** Follows the link of the latest verification mail sent to the account, as its owner would. */
	public void followVerificationLink(AccountId account) {
		var accounts = TestContexts.beanBeside(intake, AccountManagement.class);
		if (!TestContexts.beanBeside(intake, EmailAddressManagement.class).verifyEmail(verificationSecret(TestContexts.beanBeside(intake, AccountRecords.class), account))) {
			throw new IllegalStateException("The verification link of " + email + " did not work");
		}
	}

	/** The secret of the latest verification link mailed to the account, read from the mail as its owner reads it. */
	public static String verificationSecret(AccountRecords records, AccountId account) {
		return records.mails(account)
			.stream()
			.map(mail -> VERIFY_LINK.matcher(mail.body()))
			.filter(Matcher::find)
			.map(matcher -> matcher.group(1))
			.reduce((first, last) -> last)
			.orElseThrow(() -> new IllegalStateException("No verification mail for " + account));
	}

	private static final Pattern VERIFY_LINK = Pattern.compile("/account/verify/([A-Za-z0-9_-]+)");

	/** A draft with the first {@code steps} steps described (0 to 4), its address verified. */
	public AccountId draft(int steps) {
		return describe(register(), steps);
	}

	/** A draft with the first {@code steps} steps described (0 to 4), the verification mail not opened yet. */
	public AccountId unverifiedDraft(int steps) {
		return describe(registerUnverified(), steps);
	}

	private AccountId describe(AccountId account, int steps) {
		if (steps >= 1) {
			intake.describeBusiness(account, business());
		}
		if (steps >= 2) {
			intake.describeStorefront(account, storefront);
		}
		if (steps >= 3) {
			intake.describeOnlinePresence(account, website, facebook, instagram, otherLinks,
					Set.of(Goal.SOCIAL_MEDIA, Goal.WEBSITE), null);
		}
		if (steps >= 4) {
			intake.describeCommitment(account, commitment(), consents, FRENCH);
		}
		return account;
	}

	public ApplicationDetails submit() {
		return intake.submit(draft(4), FRENCH);
	}

}
