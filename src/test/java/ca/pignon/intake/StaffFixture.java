package ca.pignon.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

import ca.pignon.shared.Actor;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.Role;
import ca.pignon.shared.AccountId;

/**
 * Staff accounts made the way the administrator makes them: an invitation, then a password chosen through the link
 * the invitation mail carries, read from the mail outbox.
 */
public final class StaffFixture {

	public static final String PASSWORD = "la vitrine brille au soleil";

	private static final Pattern PASSWORD_LINK = Pattern.compile("/account/password/([A-Za-z0-9_-]+)");

	private StaffFixture() {
	}

	/** A staff member as the audit trail knows them; no password needed to act through the API. */
	public static Actor advisor(AccountManagement accounts, String name) {
		AccountId id = accounts.inviteStaff(ApplicationFixture.uniqueEmail("equipe"), name, Role.ADVISOR,
				ApplicationFixture.FRENCH);
		return Actor.of(id);
	}

	public static String invitationLink(AccountManagement accounts, JdbcClient jdbc, String email, String name,
			Role role) {
		accounts.inviteStaff(email, name, role, ApplicationFixture.FRENCH);
		String body = jdbc.sql("SELECT body FROM platform_mail WHERE recipient = :email ORDER BY created_at DESC")
			.param("email", email)
			.query(String.class)
			.list()
			.get(0);
		Matcher link = PASSWORD_LINK.matcher(body);
		if (!link.find()) {
			throw new IllegalStateException("no password link in the invitation: " + body);
		}
		return link.group();
	}

	public static AccountId staffMember(AccountManagement accounts, JdbcClient jdbc, String email, String name,
			Role role) {
		String link = invitationLink(accounts, jdbc, email, name, role);
		return accounts.setPasswordFromLink(link.substring(link.lastIndexOf('/') + 1), PASSWORD);
	}

}
