package ca.pignon.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.shared.AccountId;

/**
 * What platform keeps about one person, for the dossier's personal-data hook: their account, the one-time links it
 * was sent and the mails sent to its address, read and anonymised. Platform sits below the dossier and cannot
 * implement its hook: the dossier's {@code PlatformPersonalData} wraps this.
 * <p>
 * Secrets never leave: no password hash, no link's hash.
 */
@Service
@Transactional
public class AccountRecords {

	/** The display name an anonymised account keeps. */
	public static final String ANONYMOUS_NAME = "Personne anonymisée";

	/** What replaces a mention of an anonymised person in the copies of mails sent to others. */
	public static final String REDACTED = "[anonymisé]";

	/** Shorter mentions are too common to redact in other people's mails without harming them. */
	static final int SHORTEST_MENTION = 3;

	private final JdbcClient jdbc;

	AccountRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The account, as the person gave it (without its password). */
	@Transactional(readOnly = true)
	public Optional<AccountRow> account(AccountId account) {
		return jdbc.sql("""
				SELECT id, email, display_name, role, email_verified_at, enabled, created_at FROM platform_account
				WHERE id = :id""")
			.param("id", account.value())
			.query((rs, n) -> new AccountRow(rs.getObject("id", UUID.class), rs.getString("email"),
					rs.getString("display_name"), Role.valueOf(rs.getString("role")), instant(rs, "email_verified_at"),
					rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant()))
			.optional();
	}

	/** The one-time links sent for this account: what for and when, never their secret. */
	@Transactional(readOnly = true)
	public List<LinkRow> links(AccountId account) {
		return jdbc.sql("""
				SELECT purpose, created_at, expires_at, used_at FROM platform_account_token
				WHERE account_id = :id ORDER BY created_at""")
			.param("id", account.value())
			.query((rs, n) -> new LinkRow(rs.getString("purpose"), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("expires_at").toInstant(), instant(rs, "used_at")))
			.list();
	}

	/** The mails sent, or waiting to be sent, to this account's address. */
	@Transactional(readOnly = true)
	public List<MailRow> mails(AccountId account) {
		return jdbc.sql("""
				SELECT m.id, m.recipient, m.subject, m.body, m.created_at, m.sent_at, m.attempts, m.last_error
				FROM platform_mail m JOIN platform_account a ON lower(m.recipient) = lower(a.email)
				WHERE a.id = :id ORDER BY m.created_at, m.id""")
			.param("id", account.value())
			.query((rs, n) -> new MailRow(rs.getObject("id", UUID.class), rs.getString("recipient"),
					rs.getString("subject"), rs.getString("body"), rs.getTimestamp("created_at").toInstant(),
					instant(rs, "sent_at"), rs.getInt("attempts"), rs.getString("last_error")))
			.list();
	}

	/**
	 * Anonymises the account: its mails deleted, the person's name and address (and these other {@code mentions},
	 * such as their business's name) replaced in the copies of mails sent to staff, then the address replaced by a
	 * unique one that cannot receive mail, the display name by {@link #ANONYMOUS_NAME}, the password and the links
	 * removed, and the account disabled. The account's id stays, so that what other modules keep by it still adds up.
	 * Doing it twice changes nothing more.
	 */
	public void anonymise(AccountId account, Collection<String> mentions) {
		Optional<AccountRow> found = account(account);
		if (found.isEmpty()) {
			return;
		}
		jdbc.sql("DELETE FROM platform_mail WHERE lower(recipient) = lower(:email)")
			.param("email", found.get().email())
			.update();
		Set<String> named = new LinkedHashSet<>(mentions);
		named.add(found.get().email());
		named.add(found.get().displayName());
		named.remove(ANONYMOUS_NAME);
		redactInMails(named);
		jdbc.sql("DELETE FROM platform_account_token WHERE account_id = :id").param("id", account.value()).update();
		jdbc.sql("""
				UPDATE platform_account SET email = :email, display_name = :name, password_hash = NULL, enabled = FALSE,
				  pending_email = NULL, version = version + 1
				WHERE id = :id""")
			.param("id", account.value())
			.param("email", anonymousAddress(account))
			.param("name", ANONYMOUS_NAME)
			.update();
	}

	/**
	 * Replaces these words wherever the outbox's copies of mails to staff mention them: what a merchant wrote or was
	 * called that staff's mails quoted (a help request sent to an advisor, a weekly summary). The mails stay, as the
	 * log of what was sent; mails to other merchants are theirs and never quote someone else.
	 */
	public void redactInMails(Collection<String> mentions) {
		for (String mention : mentions) {
			if (mention == null || mention.strip().length() < SHORTEST_MENTION) {
				continue;
			}
			jdbc.sql("""
					UPDATE platform_mail SET subject = left(replace(subject, :mention, :redacted), 300),
					  body = replace(body, :mention, :redacted)
					WHERE (strpos(subject, :mention) > 0 OR strpos(body, :mention) > 0)
					  AND lower(recipient) IN (SELECT lower(email) FROM platform_account WHERE role <> 'MERCHANT')""")
				.param("mention", mention)
				.param("redacted", REDACTED)
				.update();
		}
	}

	/** Unique (by the account's id) and undeliverable: {@code .invalid} is reserved for that (RFC 2606). */
	static String anonymousAddress(AccountId account) {
		return "anonyme-" + account.value() + "@anonyme.invalid";
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** An account, without its password. */
	public record AccountRow(UUID id, String email, String displayName, Role role, @Nullable Instant emailVerifiedAt,
			boolean enabled, Instant createdAt) {
	}

	/** A one-time link sent for an account, without its secret. */
	public record LinkRow(String purpose, Instant createdAt, Instant expiresAt, @Nullable Instant usedAt) {
	}

	/** A mail of the outbox. */
	public record MailRow(UUID id, String recipient, String subject, String body, Instant createdAt,
			@Nullable Instant sentAt, int attempts, @Nullable String lastError) {
	}

}
