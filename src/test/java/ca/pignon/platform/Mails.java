package ca.pignon.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the mail outbox the way a person reads their inbox: the latest mail to an address, and the link in it.
 */
final class Mails {

	private final JdbcClient jdbc;

	Mails(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int countTo(String recipient) {
		return jdbc.sql("SELECT count(*) FROM platform_mail WHERE recipient = :recipient")
			.param("recipient", recipient)
			.query(Integer.class)
			.single();
	}

	String latestTo(String recipient) {
		return jdbc.sql("SELECT body FROM platform_mail WHERE recipient = :recipient ORDER BY created_at DESC LIMIT 1")
			.param("recipient", recipient)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new AssertionError("No mail to " + recipient));
	}

	/** @return the path of the link of the latest mail to that address whose path starts with the prefix */
	String linkTo(String recipient, String pathPrefix) {
		Matcher link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(pathPrefix) + "\\S+)")
			.matcher(latestTo(recipient));
		if (!link.find()) {
			throw new AssertionError("No link to " + pathPrefix + " in the latest mail to " + recipient);
		}
		return link.group(1);
	}

}
