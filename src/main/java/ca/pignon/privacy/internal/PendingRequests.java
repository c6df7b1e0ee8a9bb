package ca.pignon.privacy.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Requests from the public form waiting for their address to be confirmed (only the link secret's hash is kept). */
@Component
public class PendingRequests {

	/** A pending request, as typed. */
	public record Pending(UUID id, String kind, String name, String email, String details, String language) {
	}

	private final JdbcClient jdbc;

	PendingRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Pending pending, String secretHash, Instant at, Instant expiresAt) {
		jdbc.sql("""
				INSERT INTO privacy_pending_request (id, secret_hash, kind, name, email, details, language, created_at,
				  expires_at)
				VALUES (:id, :hash, :kind, :name, :email, :details, :language, :at, :expires)""")
			.param("id", pending.id())
			.param("hash", secretHash)
			.param("kind", pending.kind())
			.param("name", pending.name())
			.param("email", pending.email())
			.param("details", pending.details())
			.param("language", pending.language())
			.param("at", Timestamp.from(at))
			.param("expires", Timestamp.from(expiresAt))
			.update();
	}

	/** How many requests this address filed since then, confirmed or not. */
	public int filedSince(String email, Instant since) {
		return jdbc.sql("""
				SELECT count(*) FROM privacy_pending_request WHERE lower(email) = lower(:email) AND created_at >= :since""")
			.param("email", email)
			.param("since", Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	/** How many requests the public form received since then, from every address. */
	public int filedSince(Instant since) {
		return jdbc.sql("SELECT count(*) FROM privacy_pending_request WHERE created_at >= :since")
			.param("since", Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	/** Whether a pending request has this secret and is still valid (not confirmed, not expired). */
	public boolean valid(String secretHash, Instant now) {
		return jdbc.sql("""
				SELECT count(*) FROM privacy_pending_request
				WHERE secret_hash = :hash AND confirmed_at IS NULL AND expires_at > :now""")
			.param("hash", secretHash)
			.param("now", Timestamp.from(now))
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Claims the pending request of this secret, once, if still valid: whoever confirms it twice gets it once. Its
	 * words move to the request: the pending row keeps none.
	 */
	public Optional<Pending> confirm(String secretHash, Instant now, UUID request) {
		Optional<Pending> claimed = jdbc.sql("""
				UPDATE privacy_pending_request SET confirmed_at = :now, request_id = :request
				WHERE secret_hash = :hash AND confirmed_at IS NULL AND expires_at > :now
				RETURNING id, kind, name, email, details, language""")
			.param("hash", secretHash)
			.param("now", Timestamp.from(now))
			.param("request", request)
			.query((rs, n) -> new Pending(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6)))
			.optional();
		claimed.ifPresent(pending -> jdbc.sql("UPDATE privacy_pending_request SET details = '' WHERE id = :id")
			.param("id", pending.id())
			.update());
		return claimed;
	}

	/**
	 * Forgets the requests whose link expired unconfirmed (nobody confirmed who they are), and the confirmed ones after
	 * a day: the request itself now lives in {@code privacy_request}; a day is all the rate limit counts.
	 */
	public int forgetExpired(Instant now) {
		return jdbc.sql("""
				DELETE FROM privacy_pending_request
				WHERE (confirmed_at IS NULL AND expires_at <= :now)
				   OR (confirmed_at IS NOT NULL AND created_at <= :dayBefore)""")
			.param("now", Timestamp.from(now))
			.param("dayBefore", Timestamp.from(now.minus(java.time.Duration.ofDays(1))))
			.update();
	}

}
