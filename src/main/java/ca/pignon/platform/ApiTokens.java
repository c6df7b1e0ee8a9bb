package ca.pignon.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.shared.AccountId;

/**
 * Personal API tokens: shown once, stored as a hash, expiring, revocable, acting with their owner's role.
 */
@Component
@Transactional
class ApiTokens {

	static final String PREFIX = "pgn_";

	record Issued(UUID id, String secret) {
	}

	record TokenView(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt,
			@Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {

		/** Public: the tokens page calls it, and SpEL only sees public methods. */
		public boolean active(Instant now) {
			return revokedAt == null && expiresAt.isAfter(now);
		}

	}

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, Accounts accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	Issued issue(AccountId owner, String name, Duration lifetime) {
		return store(owner, name, PREFIX + Secrets.newSecret(), lifetime);
	}

	/** Registers a secret chosen outside Pignon (the automation token given at start-up); idempotent. */
	void registerIfAbsent(AccountId owner, String name, String secret, Duration lifetime) {
		boolean known = jdbc.sql("SELECT count(*) FROM platform_api_token WHERE token_hash = :hash")
			.param("hash", Secrets.hash(secret))
			.query(Integer.class)
			.single() > 0;
		if (!known) {
			store(owner, name, secret, lifetime);
		}
	}

	private Issued store(AccountId owner, String name, String secret, Duration lifetime) {
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO platform_api_token (id, account_id, name, token_hash, prefix, created_at, expires_at)
				VALUES (:id, :account, :name, :hash, :prefix, :now, :expires)""")
			.param("id", id)
			.param("account", owner.value())
			.param("name", name)
			.param("hash", Secrets.hash(secret))
			.param("prefix", secret.substring(0, Math.min(8, secret.length())))
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(lifetime)))
			.update();
		return new Issued(id, secret);
	}

	@Transactional(readOnly = true)
	List<TokenView> of(AccountId owner) {
		return jdbc.sql("""
				SELECT id, name, prefix, created_at, expires_at, revoked_at, last_used_at FROM platform_api_token
				WHERE account_id = :account ORDER BY created_at DESC""")
			.param("account", owner.value())
			.query((rs, row) -> new TokenView(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("prefix"), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("expires_at").toInstant(), instant(rs.getTimestamp("revoked_at")),
					instant(rs.getTimestamp("last_used_at"))))
			.list();
	}

	boolean revoke(AccountId owner, UUID tokenId) {
		return jdbc.sql("""
				UPDATE platform_api_token SET revoked_at = :now
				WHERE id = :id AND account_id = :account AND revoked_at IS NULL""")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", tokenId)
			.param("account", owner.value())
			.update() > 0;
	}

	/** @return the owner, when the secret is a live token of an enabled account */
	Optional<PignonUser> authenticate(String secret) {
		Instant now = clock.instant();
		return jdbc.sql("""
				UPDATE platform_api_token SET last_used_at = :now
				WHERE token_hash = :hash AND revoked_at IS NULL AND expires_at > :now
				RETURNING account_id""")
			.param("now", Timestamp.from(now))
			.param("hash", Secrets.hash(secret))
			.query(UUID.class)
			.optional()
			.flatMap(accounts::findById)
			.filter(Account::enabled)
			.map(account -> account.toUser().withoutPassword());
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
