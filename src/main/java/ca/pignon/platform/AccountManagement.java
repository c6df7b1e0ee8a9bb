package ca.pignon.platform;

import java.time.Instant;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.shared.AccountId;

/**
 * Accounts of merchants and staff: creation, email verification, passwords.
 */
@Service
@Transactional
public class AccountManagement {

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final PasswordPolicy passwordPolicy;

	private final OneTimeLinks links;

	private final Mailer mailer;

	private final MessageSource messages;

	private final PlatformSettings settings;

	private final Clock clock;

	private final MailRequests mailRequests;

	private final ApplicationEventPublisher events;

	private final ProgramSettings program;

	AccountManagement(Accounts accounts, PasswordEncoder passwords, PasswordPolicy passwordPolicy, OneTimeLinks links,
			Mailer mailer, MessageSource messages, PlatformSettings settings, Clock clock, MailRequests mailRequests,
			ApplicationEventPublisher events, ProgramSettings program) {
		this.program = program;
		this.mailRequests = mailRequests;
		this.events = events;
		this.accounts = accounts;
		this.passwords = passwords;
		this.passwordPolicy = passwordPolicy;
		this.links = links;
		this.mailer = mailer;
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Registers a merchant with an address, answering the same way whether or not it has an account
	 * ({@link RegistrationPolicy}): a new address gets its account and the link that verifies it; for an address that
	 * has an account, nothing is created and its owner is told by mail that someone tried. The password is hashed in
	 * both cases, so that both take about as long.
	 * @return the new account, or empty when the address already had one
	 * @throws AccountRefused with the message key of the reason (weak password), whether or not the address is taken
	 */
	public Optional<AccountId> registerMerchant(String email, String password, String displayName, Locale locale) {
		String normalized = email.strip();
		refuseWeak(password, normalized);
		String hash = passwords.encode(password);
		var existing = accounts.findByEmail(normalized);
		var outcome = RegistrationPolicy.decide(existing.isPresent(), existing.map(Account::enabled).orElse(false),
				existing.map(account -> mailRequests.recent(MailRequests.account(account.accountId()), ALREADY_REGISTERED))
					.orElse(0));
		switch (outcome) {
			case CREATE_ACCOUNT -> {
				var account = accounts
					.save(Account.create(normalized, hash, displayName, Role.MERCHANT, clock.instant()));
				sendVerification(account, locale);
				return Optional.of(account.accountId());
			}
			case TELL_OWNER -> {
				var owner = existing.orElseThrow();
				mailRequests.record(MailRequests.account(owner.accountId()), ALREADY_REGISTERED);
				mailer.send(owner.email(), text("platform.mail.alreadyRegistered.subject", locale),
						text("platform.mail.alreadyRegistered.body", locale, owner.displayName(), link("/login"),
								link("/account/forgot")));
				return Optional.empty();
			}
			default -> {
				return Optional.empty();
			}
		}
	}

	/** The kind under which notices "someone tried to register with your address" are counted. */
	private static final String ALREADY_REGISTERED = "ALREADY_REGISTERED";

	/**
	 * Sends a new verification link (the earlier ones stop working), when the client ({@code client}, its address)
	 * and the account's address are both within their limits.
	 * @throws AccountRefused {@code platform.mail.tooMany} when the client asked for too many mails within the hour,
	 * {@code platform.verify.tooSoon} when links were sent to this address too often lately ({@link #MAILS_PER_HOUR}
	 * an hour); the client's request is counted all the same
	 */
	@Transactional(noRollbackFor = AccountRefused.class)
	public void resendVerification(AccountId id, Locale locale, String client) {
		if (!mailRequests.allow(client, OneTimeLinks.Purpose.VERIFY_EMAIL.name())) {
			throw new AccountRefused("verification", "platform.mail.tooMany");
		}
		resendVerification(id, locale);
	}

	/**
	 * Sends a new verification link (the earlier ones stop working).
	 * @throws AccountRefused when links were sent to this address too often lately ({@link #MAILS_PER_HOUR} an hour)
	 */
	public void resendVerification(AccountId id, Locale locale) {
		var account = accounts.findById(id.value()).filter(found -> !found.emailVerified());
		if (account.isEmpty()) {
			return;
		}
		if (tooMany(account.get(), OneTimeLinks.Purpose.VERIFY_EMAIL)) {
			throw new AccountRefused("verification", "platform.verify.tooSoon");
		}
		sendVerification(account.get(), locale);
	}

	/**
	 * Asks to change the account's email address (issue 18, point 5): a link is mailed to the new address, verified
	 * again as at registration; the account keeps its address, to sign in and be mailed, until the link is opened. An
	 * address that belongs to another account gets no link, and the answer is the same, so that nobody learns from it
	 * whose address has an account.
	 * @throws AccountRefused (field {@code email}) when the address is not one or is the account's own; when links were
	 * mailed too often lately ({@link #MAILS_PER_HOUR} an hour)
	 */
	public void requestEmailChange(AccountId id, String newEmail, Locale locale) {
		String address = newEmail.strip();
		if (!EMAIL.matcher(address).matches() || address.length() > 254) {
			throw new AccountRefused("email", "platform.email.invalid");
		}
		Account account = accounts.findById(id.value()).orElseThrow(NotFound::new);
		if (account.email().equalsIgnoreCase(address)) {
			throw new AccountRefused("email", "platform.emailChange.same");
		}
		if (tooMany(account, OneTimeLinks.Purpose.CHANGE_EMAIL)) {
			throw new AccountRefused("email", "platform.emailChange.tooSoon");
		}
		account.askForEmail(address);
		accounts.save(account);
		if (accounts.findByEmail(address).isPresent()) {
			// no link for an address taken, and none left from an earlier request that would confirm this one
			links.revoke(account.accountId(), OneTimeLinks.Purpose.CHANGE_EMAIL);
			return;
		}
		String link = link("/account/email/" + links.issue(account.accountId(), OneTimeLinks.Purpose.CHANGE_EMAIL));
		mailer.send(address, text("platform.mail.emailChange.subject", locale),
				text("platform.mail.emailChange.body", locale, account.displayName(), link, account.email()));
	}

	/** The address asked for and not confirmed yet, if any. */
	@Transactional(readOnly = true)
	public Optional<String> pendingEmail(AccountId id) {
		return accounts.findById(id.value()).map(Account::pendingEmail);
	}

	/**
	 * Opens the link mailed to a new address: the address becomes the account's, verified, and {@link EmailChanged}
	 * is published. An address another account took meanwhile is not taken.
	 * @return whether the address changed
	 */
	public boolean confirmEmailChange(String secret, Locale locale) {
		return links.redeem(secret, OneTimeLinks.Purpose.CHANGE_EMAIL)
			.flatMap(redeemed -> redeemed.accountId() == null ? Optional.empty()
					: accounts.findById(redeemed.accountId().value()))
			.filter(account -> account.pendingEmail() != null)
			.map(account -> {
				String pending = account.pendingEmail();
				if (accounts.findByEmail(pending).filter(other -> !other.accountId().equals(account.accountId()))
					.isPresent()) {
					account.forgetPendingEmail();
					accounts.save(account);
					return false;
				}
				String before = account.email();
				Instant now = clock.instant();
				account.takePendingEmail(now);
				accounts.save(account);
				events.publishEvent(new EmailChanged(account.accountId(), before, account.email(), now));
				// the address that was the account's is told, so that a change nobody asked for does not go unseen
				mailer.send(before, text("platform.mail.emailChanged.subject", locale),
						text("platform.mail.emailChanged.body", locale, account.displayName(), account.email(),
								program.contact().email()));
				return true;
			})
			.orElse(false);
	}

	/** An address as the forms accept it: something, an at sign, a domain with a dot. */
	private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern
		.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	/** Whether the account's address was verified (an unknown account's was not). */
	@Transactional(readOnly = true)
	public boolean isEmailVerified(AccountId id) {
		return accounts.findById(id.value()).map(Account::emailVerified).orElse(false);
	}

	/** Links sent to one address in an hour, at most: more would be a way to flood a mailbox. */
	static final int MAILS_PER_HOUR = 3;

	private boolean tooMany(Account account, OneTimeLinks.Purpose purpose) {
		return links.issuedSince(account.accountId(), purpose, clock.instant().minus(Duration.ofHours(1)))
				>= MAILS_PER_HOUR;
	}

	/** @return whether the link was valid; an address already verified stays verified */
	public boolean verifyEmail(String secret) {
		return links.redeem(secret, OneTimeLinks.Purpose.VERIFY_EMAIL)
			.flatMap(redeemed -> redeemed.accountId() == null ? Optional.empty()
					: accounts.findById(redeemed.accountId().value()))
			.map(account -> {
				account.verifyEmail(clock.instant());
				accounts.save(account);
				return true;
			})
			.orElse(false);
	}

	@Transactional(readOnly = true)
	public boolean exists(String email) {
		return accounts.findByEmail(email.strip()).isPresent();
	}

	/**
	 * Merchants whose email address contains the text, case aside, for staff's search of applications (at most
	 * 1,000: a search that broad narrows nothing).
	 */
	@Transactional(readOnly = true)
	public List<AccountId> merchantsWithEmailContaining(String text) {
		if (text.isBlank()) {
			return List.of();
		}
		return accounts.findMerchantIdsByEmailContaining(text.strip()).stream().map(AccountId::new).toList();
	}

	@Transactional(readOnly = true)
	public Optional<AccountSummary> find(AccountId id) {
		return accounts.findById(id.value()).map(Account::toSummary);
	}

	@Transactional(readOnly = true)
	public List<AccountSummary> staff() {
		return accounts.findStaff().stream().map(Account::toSummary).toList();
	}

	/** The enabled accounts of one role (the City's, for its quarterly mail), by address. */
	@Transactional(readOnly = true)
	public List<AccountSummary> enabledWithRole(Role role) {
		return accounts.findEnabledByRole(role.name()).stream().map(Account::toSummary).toList();
	}

	/**
	 * Creates a staff account without a password: the person receives a link to choose one.
	 */
	public AccountId inviteStaff(String email, String displayName, Role role, Locale locale) {
		if (role == Role.MERCHANT || role == Role.PROVIDER) {
			throw new AccountRefused("role", "platform.account.roleInvalid");
		}
		return invite(email, displayName, role, locale);
	}

	/**
	 * Creates the account of a provider of the directory (issue 13) without a password: the provider receives the same
	 * one-time link as staff to choose one. Which provider the account is for, the providers module keeps.
	 * @throws AccountRefused {@code platform.account.emailTaken} when the address has an account already
	 */
	public AccountId inviteProvider(String email, String displayName, Locale locale) {
		return invite(email, displayName, Role.PROVIDER, locale);
	}

	private AccountId invite(String email, String displayName, Role role, Locale locale) {
		if (accounts.findByEmail(email.strip()).isPresent()) {
			throw new AccountRefused("email", "platform.account.emailTaken");
		}
		var account = accounts.save(Account.create(email.strip(), null, displayName, role, clock.instant()));
		String link = link("/account/password/" + links.issue(account.accountId(), OneTimeLinks.Purpose.SET_PASSWORD));
		mailer.send(account.email(), text("platform.mail.invitation.subject", locale),
				text("platform.mail.invitation.body", locale, account.displayName(), role(role, locale), link));
		return account.accountId();
	}

	public void setEnabled(AccountId id, boolean enabled) {
		var account = accounts.findById(id.value()).orElseThrow(NotFound::new);
		if (enabled) {
			account.enable();
		}
		else {
			account.disable();
		}
		accounts.save(account);
	}

	/**
	 * Sends a reset link if the address has an account (the earlier ones stop working); says nothing either way, to
	 * hide who has one, and sends nothing more once {@link #MAILS_PER_HOUR} links went to the address within the hour.
	 */
	public void requestPasswordReset(String email, Locale locale) {
		accounts.findByEmail(email.strip()).filter(Account::enabled).filter(account -> !tooMany(account,
				OneTimeLinks.Purpose.RESET_PASSWORD)).ifPresent(account -> {
			String link = link("/account/password/" + links.issue(account.accountId(), OneTimeLinks.Purpose.RESET_PASSWORD));
			mailer.send(account.email(), text("platform.mail.reset.subject", locale),
					text("platform.mail.reset.body", locale, account.displayName(), link));
		});
	}

	@Transactional(readOnly = true)
	public boolean isPasswordLinkValid(String secret) {
		return links.isValid(secret, OneTimeLinks.Purpose.SET_PASSWORD)
				|| links.isValid(secret, OneTimeLinks.Purpose.RESET_PASSWORD);
	}

	/**
	 * Sets a password from an invitation or reset link; the link is then used up and the address counts as verified.
	 */
	public AccountId setPasswordFromLink(String secret, String password) {
		var redeemed = links.redeem(secret, OneTimeLinks.Purpose.SET_PASSWORD)
			.or(() -> links.redeem(secret, OneTimeLinks.Purpose.RESET_PASSWORD))
			.filter(link -> link.accountId() != null)
			.orElseThrow(() -> new AccountRefused("token", "platform.password.linkInvalid"));
		var account = accounts.findById(redeemed.accountId().value())
			.orElseThrow(() -> new AccountRefused("token", "platform.password.linkInvalid"));
		refuseWeak(password, account.email());
		account.setPassword(passwords.encode(password));
		account.verifyEmail(clock.instant());
		// a link sent before this one, still unused, must not set the password again
		links.revoke(account.accountId(), OneTimeLinks.Purpose.RESET_PASSWORD);
		accounts.save(account);
		return account.accountId();
	}

	public void changePassword(AccountId id, String current, String replacement) {
		var account = accounts.findById(id.value()).orElseThrow(() -> new AccountRefused("id", "platform.account.notFound"));
		if (!account.hasPassword() || !passwords.matches(current, account.toUser().getPassword())) {
			throw new AccountRefused("currentPassword", "platform.password.currentWrong");
		}
		refuseWeak(replacement, account.email());
		account.setPassword(passwords.encode(replacement));
		accounts.save(account);
	}

	/**
	 * Creates the first administrator, from start-up settings or the one-time setup link; refused once one exists.
	 */
	AccountId createFirstAdmin(String email, String password, String displayName) {
		if (accounts.anyEnabledAdmin()) {
			throw new AccountRefused("email", "platform.setup.adminExists");
		}
		if (accounts.findByEmail(email.strip()).isPresent()) {
			throw new AccountRefused("email", "platform.account.emailTaken");
		}
		refuseWeak(password, email);
		var admin = Account.create(email, passwords.encode(password), displayName, Role.ADMIN, clock.instant());
		admin.verifyEmail(clock.instant());
		return accounts.save(admin).accountId();
	}

	/** An account ready to sign in with, for the demo profile. */
	AccountId createVerified(String email, String password, String displayName, Role role) {
		var account = Account.create(email, passwords.encode(password), displayName, role, clock.instant());
		account.verifyEmail(clock.instant());
		return accounts.save(account).accountId();
	}

	/** Uses up the setup link only when the administrator is actually created. */
	AccountId createFirstAdminFromLink(String secret, String email, String password, String displayName) {
		refuseWeak(password, email);
		links.redeem(secret, OneTimeLinks.Purpose.SETUP_ADMIN)
			.orElseThrow(() -> new AccountRefused("email", "platform.setup.linkInvalid"));
		return createFirstAdmin(email, password, displayName);
	}

	void refuseWeak(String password, String email) {
		passwordPolicy.refusal(password, email).ifPresent(reason -> {
			throw new AccountRefused("password", reason);
		});
	}

	private void sendVerification(Account account, Locale locale) {
		String link = link("/account/verify/" + links.issue(account.accountId(), OneTimeLinks.Purpose.VERIFY_EMAIL));
		mailer.send(account.email(), text("platform.mail.verify.subject", locale),
				text("platform.mail.verify.body", locale, account.displayName(), link));
	}

	private String link(String path) {
		String base = settings.publicUrl().toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

	private String role(Role role, Locale locale) {
		return text("platform.Role." + role.name(), locale);
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
