package ca.pignon.intake;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.EmailAddressManagement;
import ca.pignon.platform.AccountRecords;
import ca.pignon.platform.DemoVerification;
import ca.pignon.shared.AccountId;

/**
 * Clearly fictional businesses at real addresses of the shipped address list, for evaluation (profile {@code demo}
 * only). They go through the same registration as real merchants, so every eligibility outcome shows up.
 */
@Component
@Profile("demo")
class DemoApplications {

	static final String PASSWORD = "demo-pignon-2026";

	private static final Logger log = LoggerFactory.getLogger(DemoApplications.class);

	private record Demo(String email, String first, String last, String business, String naics, int employees,
			String civic, String street, String municipality, String postalCode, ReceptionMode reception,
			@Nullable String website, Set<Goal> goals, HoursPerWeek hours, WorkBy workBy, boolean submit) {
	}

	private static final List<Demo> DEMOS = List.of(
			new Demo("boulangerie@demo.pignon.test", "Marie", "Tremblay", "Boulangerie du Faubourg (démo)", "311811",
					4, "350", "Rue Abraham-Martin", "Québec", "G1K 8N1", ReceptionMode.STOREFRONT, null,
					EnumSet.of(Goal.BE_FOUND_ONLINE, Goal.SOCIAL_MEDIA), HoursPerWeek.THREE_TO_FIVE, WorkBy.OWNER,
					true),
			new Demo("coiffure@demo.pignon.test", "Jean", "Gagnon", "Salon Coiffure Racine (démo)", "812116", 3,
					"305", "Rue Racine", "Québec", "G2B 1E7", ReceptionMode.BY_APPOINTMENT,
					"https://coiffure-racine.demo.pignon.test", EnumSet.of(Goal.ONLINE_BOOKING, Goal.REVIEWS_REPUTATION),
					HoursPerWeek.ONE_TO_TWO, WorkBy.EMPLOYEE, true),
			new Demo("librairie@demo.pignon.test", "Sophie", "Roy", "Librairie Neilson (démo)", "459210", 6, "3430",
					"boul. Neilson", "Québec", "G1W 2V3", ReceptionMode.STOREFRONT, null,
					EnumSet.of(Goal.SELL_ONLINE, Goal.WEBSITE), HoursPerWeek.MORE_THAN_FIVE, WorkBy.OWNER, true),
			new Demo("fleuriste@demo.pignon.test", "Luc", "Côté", "Fleuriste Louis-XIV (démo)", "459310", 2, "748",
					"Boulevard Louis-XIV", "Québec", "G1H 4M9", ReceptionMode.STOREFRONT, null,
					EnumSet.of(Goal.BE_FOUND_ONLINE), HoursPerWeek.LESS_THAN_ONE, WorkBy.UNDECIDED, true),
			new Demo("bijoux@demo.pignon.test", "Émilie", "Bouchard", "Bijoux de la maison (démo)", "458310", 1,
					"90", "Boulevard des Français", "Québec", "G1H 6Y4", ReceptionMode.HOME_BASED, null,
					EnumSet.of(Goal.SELL_ONLINE), HoursPerWeek.ONE_TO_TWO, WorkBy.OWNER, true),
			new Demo("epicerie@demo.pignon.test", "Paul", "Lévesque", "Épicerie du Quai (démo)", "445110", 8, "5800",
					"rue Saint-Georges", "Lévis", "G6V 4M7", ReceptionMode.STOREFRONT, null,
					EnumSet.of(Goal.SELL_ONLINE), HoursPerWeek.ONE_TO_TWO, WorkBy.EMPLOYEE, true),
			new Demo("boutique@demo.pignon.test", "Nadia", "Pelletier", "Boutique Imaginaire (démo)", "458112", 2,
					"999", "rue Imaginaire", "Québec", "G1R 2B5", ReceptionMode.STOREFRONT, null,
					EnumSet.of(Goal.SOCIAL_MEDIA), HoursPerWeek.THREE_TO_FIVE, WorkBy.FAMILY_OR_PARTNER, true),
			new Demo("resto@demo.pignon.test", "Karim", "Benali", "Resto en cours (démo)", "722511", 12, "50",
					"Rue du Cardinal-Maurice-Roy", "Québec", "G1K 8S9", ReceptionMode.STOREFRONT, null,
					EnumSet.of(Goal.ONLINE_BOOKING), HoursPerWeek.ONE_TO_TWO, WorkBy.OWNER, false));

	private final IntakeManagement intake;

	private final AccountManagement accounts;

	private final EmailAddressManagement emailAddresses;

	private final AccountRecords records;

	DemoApplications(IntakeManagement intake, AccountManagement accounts, EmailAddressManagement emailAddresses,
			AccountRecords records) {
		this.intake = intake;
		this.accounts = accounts;
		this.emailAddresses = emailAddresses;
		this.records = records;
	}

	@Order(1)
	@EventListener(ApplicationReadyEvent.class)
	void seed() {
		int created = 0;
		for (Demo demo : DEMOS) {
			if (accounts.exists(demo.email())) {
				continue;
			}
			var account = intake.register(demo.email(), PASSWORD, new Contact(demo.first(), demo.last(), null),
					Locale.CANADA_FRENCH)
				.orElseThrow();
			// the merchant follows the link of the verification mail, as a real one does before submitting
			followVerificationLink(account);
			intake.describeBusiness(account, new Business(demo.business(), null, null, demo.naics(), demo.employees()));
			intake.describeStorefront(account, new Storefront(demo.civic(), demo.street(), null, demo.municipality(),
					demo.postalCode(), demo.reception()));
			intake.describeOnlinePresence(account, demo.website(), null, null, null, demo.goals(), null);
			if (demo.submit()) {
				intake.describeCommitment(account, new Commitment(demo.hours(), demo.workBy()),
						EnumSet.noneOf(ConsentPurpose.class), Locale.CANADA_FRENCH);
				intake.submit(account, Locale.CANADA_FRENCH);
			}
			created++;
		}
		log.warn("DEMO profile: {} fictional merchants created; they sign in with the password '{}'", created,
				PASSWORD);
	}

	private void followVerificationLink(AccountId account) {
		DemoVerification.followVerificationLink(records, emailAddresses, account);
	}

}
