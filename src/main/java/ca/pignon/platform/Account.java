package ca.pignon.platform;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import ca.pignon.shared.AccountId;

@Table("platform_account")
class Account {

	@Id
	private final UUID id;

	private String email;

	private @Nullable String passwordHash;

	private String displayName;

	private Role role;

	private @Nullable Instant emailVerifiedAt;

	/** A new address asked for, until the link mailed to it is opened. */
	private @Nullable String pendingEmail;

	private boolean enabled;

	private final Instant createdAt;

	/**
	 * Renewed when the account is disabled or its password is set: a session opened before carries the former one and
	 * ends at its next request ({@link StaleSessions}).
	 */
	private UUID securityStamp;

	@Version
	private @Nullable Long version;

	Account(UUID id, String email, @Nullable String passwordHash, String displayName, Role role,
			@Nullable Instant emailVerifiedAt, @Nullable String pendingEmail, boolean enabled, Instant createdAt,
			@Nullable UUID securityStamp, @Nullable Long version) {
		this.id = id;
		this.email = email;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.emailVerifiedAt = emailVerifiedAt;
		this.pendingEmail = pendingEmail;
		this.enabled = enabled;
		this.createdAt = createdAt;
		this.securityStamp = securityStamp == null ? UUID.randomUUID() : securityStamp;
		this.version = version;
	}

	static Account create(String email, @Nullable String passwordHash, String displayName, Role role, Instant now) {
		return new Account(UUID.randomUUID(), email.trim(), passwordHash, displayName.trim(), role, null, null, true, now,
				null, null);
	}

	AccountId accountId() {
		return new AccountId(id);
	}

	String email() {
		return email;
	}

	String displayName() {
		return displayName;
	}

	Role role() {
		return role;
	}

	boolean enabled() {
		return enabled;
	}

	boolean emailVerified() {
		return emailVerifiedAt != null;
	}

	boolean hasPassword() {
		return passwordHash != null;
	}

	Instant createdAt() {
		return createdAt;
	}

	void verifyEmail(Instant now) {
		if (emailVerifiedAt == null) {
			emailVerifiedAt = now;
		}
	}

	@Nullable String pendingEmail() {
		return pendingEmail;
	}

	/** Asks for a new address; the account keeps its own until {@link #takePendingEmail}. */
	void askForEmail(String newEmail) {
		this.pendingEmail = newEmail;
	}

	/** The address asked for becomes the account's, verified by the link just opened; sessions stay. */
	void takePendingEmail(Instant now) {
		if (pendingEmail == null) {
			throw new IllegalStateException("no address asked for");
		}
		this.email = pendingEmail;
		this.pendingEmail = null;
		this.emailVerifiedAt = now;
	}

	void forgetPendingEmail() {
		this.pendingEmail = null;
	}

	/** The same password, hashed again (a stronger cost): sessions stay. */
	void rehash(String newHash) {
		this.passwordHash = newHash;
	}

	/** A new password: every session opened before ends. */
	void setPassword(String newHash) {
		this.passwordHash = newHash;
		this.securityStamp = UUID.randomUUID();
	}

	void rename(String displayName) {
		this.displayName = displayName.trim();
	}

	void disable() {
		this.enabled = false;
		this.securityStamp = UUID.randomUUID();
	}

	void enable() {
		this.enabled = true;
	}

	PignonUser toUser() {
		return new PignonUser(accountId(), email, displayName, role, passwordHash, enabled, securityStamp);
	}

	AccountSummary toSummary() {
		return new AccountSummary(accountId(), email, displayName, role, emailVerified(), enabled, hasPassword(),
				createdAt);
	}

}
