package ca.pignon.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ca.pignon.shared.AccountId;

/**
 * For the {@code demo} profile's seeders: a fictional merchant follows the link of its verification mail, as a real one
 * does before submitting.
 */
public final class DemoVerification {

	private static final Pattern VERIFY_LINK = Pattern.compile("/account/verify/([A-Za-z0-9_-]+)");

	private DemoVerification() {
	}

	public static void followVerificationLink(AccountRecords records, EmailAddressManagement emailAddresses,
			AccountId account) {
		String secret = records.mails(account)
			.stream()
			.map(mail -> VERIFY_LINK.matcher(mail.body()))
			.filter(Matcher::find)
			.map(matcher -> matcher.group(1))
			.reduce((first, last) -> last)
			.orElseThrow(() -> new IllegalStateException("No verification mail for a demo merchant"));
		if (!emailAddresses.verifyEmail(secret)) {
			throw new IllegalStateException("The verification link of a demo merchant failed");
		}
	}

}
