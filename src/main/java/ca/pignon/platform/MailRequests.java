package ca.pignon.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many mails one client (its address, as the proxy reports it) asked Pignon to send lately: a client that asks for
 * too many verification or reset links is told to wait, whichever addresses it names. Kept in the database, so that
 * the limit holds across instances.
 */
@Component
class MailRequests {

	/** Requests from one client in an hour, at most. */
	static final int PER_CLIENT_PER_HOUR = 10;

	private final JdbcClient jdbc;

	private final Clock clock;

	/** The client under which the mails sent to one account's address are counted. */
	static String account(ca.pignon.shared.AccountId account) {
		return "account:" + account.value();
	}

	MailRequests(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Counts this request, unless the client asked too many times within the hour: then false, and nothing is sent. */
	@Transactional
	boolean allow(String client, String kind) {
		return allow(client, kind, PER_CLIENT_PER_HOUR);
	}

	/**
	 * Counts this request, unless {@code perHour} of this kind were counted for {@code client} within the hour: then
	 * false. The client may be an account ({@link #account}), for a limit per address.
	 */
	@Transactional
	boolean allow(String client, String kind, int perHour) {
		if (recent(client, kind) >= perHour) {
			return false;
		}
		record(client, kind);
		return true;
	}

	/** How many requests of this kind were counted for the client within the hour. */
	@Transactional(readOnly = true)
	int recent(String client, String kind) {
		return jdbc.sql("""
				SELECT count(*) FROM platform_mail_request WHERE client = :client AND kind = :kind AND at > :since""")
			.param("client", client)
			.param("kind", kind)
			.param("since", Timestamp.from(clock.instant().minus(Duration.ofHours(1))))
			.query(Integer.class)
			.single();
	}

	/** Counts one request (and forgets those older than a day). */
	@Transactional
	void record(String client, String kind) {
		Instant now = clock.instant();
		jdbc.sql("DELETE FROM platform_mail_request WHERE at < :old")
			.param("old", Timestamp.from(now.minus(Duration.ofDays(1))))
			.update();
		jdbc.sql("INSERT INTO platform_mail_request (client, kind, at) VALUES (:client, :kind, :at)")
			.param("client", client)
			.param("kind", kind)
			.param("at", Timestamp.from(now))
			.update();
	}

}
