package ca.pignon.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.pignon.shared.AccountId;

/**
 * Single-use secrets sent as links: only their hash is stored, each expires, and using one burns it.
 */
@Component
class OneTimeLinks {

	enum Purpose {

		VERIFY_EMAIL(Duration.ofDays(7)), SET_PASSWORD(Duration.ofDays(7)), RESET_PASSWORD(Duration.ofHours(1)),
		SETUP_ADMIN(Duration.ofDays(1)), CHANGE_EMAIL(Duration.ofDays(7));

		final Duration lifetime;

		Purpose(Duration lifetime) {
			this.lifetime = lifetime;
		}

		/** The links that do the same thing: a new one replaces them (a password link, whether invited or reset). */
		List<String> family() {
			return this == SET_PASSWORD || this == RESET_PASSWORD ? List.of(SET_PASSWORD.name(), RESET_PASSWORD.name())
					: List.of(name());
		}

	}

	record Redeemed(@Nullable AccountId accountId) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	OneTimeLinks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new link; the account's earlier links of the same family, unused, stop working. */
	String issue(@Nullable AccountId account, Purpose purpose) {
		String secret = Secrets.newSecret();
		Instant now = clock.instant();
		if (account != null) {
			revoke(account, purpose);
		}
		jdbc.sql("""
				INSERT INTO platform_account_token (token_hash, account_id, purpose, created_at, expires_at)
				VALUES (:hash, :account, :purpose, :now, :expires)""")
			.param("hash", Secrets.hash(secret))
			.param("account", account == null ? null : account.value())
			.param("purpose", purpose.name())
			.param("now", java.sql.Timestamp.from(now))
			.param("expires", java.sql.Timestamp.from(now.plus(purpose.lifetime)))
			.update();
		return secret;
	}

	/** The account's unused links of this purpose's family stop working (marked used now). */
	void revoke(AccountId account, Purpose purpose) {
		jdbc.sql("""
				UPDATE platform_account_token SET used_at = :now
				WHERE account_id = :account AND purpose IN (:family) AND used_at IS NULL""")
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.param("account", account.value())
			.param("family", purpose.family())
			.update();
	}

	/** How many links of this purpose's family were issued for the account since then. */
	int issuedSince(AccountId account, Purpose purpose, Instant since) {
		return jdbc.sql("""
				SELECT count(*) FROM platform_account_token
				WHERE account_id = :account AND purpose IN (:family) AND created_at > :since""")
			.param("account", account.value())
			.param("family", purpose.family())
			.param("since", java.sql.Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	/** Checks a link without using it up, so that a form can be shown before the final submission. */
	boolean isValid(String secret, Purpose purpose) {
		return jdbc.sql("""
				SELECT count(*) FROM platform_account_token
				WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now""")
			.param("hash", Secrets.hash(secret))
			.param("purpose", purpose.name())
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.query(Integer.class)
			.single() > 0;
	}

	Optional<Redeemed> redeem(String secret, Purpose purpose) {
		return jdbc.sql("""
				UPDATE platform_account_token SET used_at = :now
				WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now
				RETURNING account_id""")
			.param("hash", Secrets.hash(secret))
			.param("purpose", purpose.name())
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.query((rs, row) -> new Redeemed(
					rs.getObject("account_id") == null ? null : new AccountId(rs.getObject("account_id", UUID.class))))
			.optional();
	}

}
