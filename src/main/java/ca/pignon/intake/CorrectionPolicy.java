package ca.pignon.intake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import ca.pignon.platform.Refused.Problem;
import ca.pignon.shared.PhoneNumbers;

/**
 * The rules a merchant's correction meets in the service, whoever sends it (the page's forms check the same before,
 * to answer field by field): names required and not too long, a phone that is one, links that are links, an address
 * with its civic number, street, municipality, a Canadian postal code and a way of receiving clients. And whether an
 * address correction matters for eligibility: only the civic number, the street, the municipality, the postal code and
 * the way of receiving clients do, read without regard to case, accents, spacing or punctuation (the unit does not).
 */
final class CorrectionPolicy {

	static final int NAME_MAX = 80;

	static final int PHONE_MAX = 40;

	static final int LINK_MAX = 300;

	static final int OTHER_LINKS_MAX = 1000;

	static final int CIVIC_MAX = 20;

	static final int STREET_MAX = 150;

	static final int UNIT_MAX = 20;

	static final int MUNICIPALITY_MAX = 80;

	private static final Pattern POSTAL_CODE = Pattern.compile("[A-Za-z]\\d[A-Za-z] ?-?\\d[A-Za-z]\\d");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private CorrectionPolicy() {
	}

	/** @return every reason the contact cannot be kept, by field; none when it can */
	static List<Problem> contact(Contact contact) {
		List<Problem> problems = new ArrayList<>();
		required(problems, "firstName", contact.firstName(), NAME_MAX, "intake.contact.firstName.required");
		required(problems, "lastName", contact.lastName(), NAME_MAX, "intake.contact.lastName.required");
		String phone = contact.phone();
		if (phone != null && !phone.isBlank() && (phone.length() > PHONE_MAX || !PhoneNumbers.isValid(phone))) {
			problems.add(Problem.about("phone", "intake.contact.phone.invalid"));
		}
		return problems;
	}

	/** @return every reason the links cannot be kept, by field; none when they can */
	static List<Problem> links(@Nullable String website, @Nullable String facebook, @Nullable String instagram,
			@Nullable String otherLinks) {
		List<Problem> problems = new ArrayList<>();
		link(problems, "website", website);
		link(problems, "facebook", facebook);
		link(problems, "instagram", instagram);
		if (otherLinks != null && otherLinks.length() > OTHER_LINKS_MAX) {
			problems.add(Problem.about("otherLinks", "intake.field.tooLong"));
		}
		return problems;
	}

	/** @return every reason the address cannot be kept, by field; none when it can */
	static List<Problem> storefront(Storefront storefront) {
		List<Problem> problems = new ArrayList<>();
		required(problems, "civicNumber", storefront.civicNumber(), CIVIC_MAX, "intake.storefront.civicNumber.required");
		required(problems, "street", storefront.street(), STREET_MAX, "intake.storefront.street.required");
		if (storefront.unit() != null && storefront.unit().length() > UNIT_MAX) {
			problems.add(Problem.about("unit", "intake.field.tooLong"));
		}
		required(problems, "municipality", storefront.municipality(), MUNICIPALITY_MAX,
				"intake.storefront.municipality.required");
		if (storefront.postalCode() == null || storefront.postalCode().isBlank()) {
			problems.add(Problem.about("postalCode", "intake.storefront.postalCode.required"));
		}
		else if (!POSTAL_CODE.matcher(storefront.postalCode().strip()).matches()) {
			problems.add(Problem.about("postalCode", "intake.storefront.postalCode.invalid"));
		}
		if (storefront.receptionMode() == null) {
			problems.add(Problem.about("receptionMode", "intake.storefront.receptionMode.required"));
		}
		return problems;
	}

	/**
	 * Whether the corrected address may place the storefront elsewhere or change how the rules read it, so that the
	 * rules decide again and staff confirm; re-typing the same address differently, or changing only the unit, does not.
	 */
	static boolean mattersForEligibility(@Nullable Storefront before, Storefront after) {
		if (before == null) {
			return true;
		}
		return !(key(before.civicNumber()).equals(key(after.civicNumber())) && key(before.street()).equals(key(after.street()))
				&& key(before.municipality()).equals(key(after.municipality()))
				&& key(before.postalCode()).equals(key(after.postalCode()))
				&& Objects.equals(before.receptionMode(), after.receptionMode()));
	}

	/** The words of a field as the rules read them: no case, no accents, no spacing or punctuation. */
	private static String key(@Nullable String text) {
		if (text == null) {
			return "";
		}
		String unaccented = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		return NOT_LETTERS_OR_DIGITS.matcher(unaccented.toLowerCase(Locale.ROOT)).replaceAll("");
	}

	private static void required(List<Problem> problems, String field, @Nullable String value, int max,
			String requiredKey) {
		if (value == null || value.isBlank()) {
			problems.add(Problem.about(field, requiredKey));
		}
		else if (value.length() > max) {
			problems.add(Problem.about(field, "intake.field.tooLong"));
		}
	}

	private static void link(List<Problem> problems, String field, @Nullable String link) {
		if (link != null && (link.length() > LINK_MAX || !LinkPolicy.isValid(link))) {
			problems.add(Problem.about(field, "intake.online.link.invalid"));
		}
	}

}
