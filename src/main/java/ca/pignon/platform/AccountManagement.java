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
 * Accounts of merchants and staff: creation, invitations, enabling, passwords (an account's email address, its
 * verification and its change, are {@link EmailAddressManagement}'s).
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

	/** Links sent to one address in an hour, at most: more would be a way to flood a mailbox. */
	static final int MAILS_PER_HOUR = 3;

	boolean tooMany(Account account, OneTimeLinks.Purpose purpose) {
		return links.issuedSince(account.accountId(), purpose, clock.instant().minus(Duration.ofHours(1)))
				>= MAILS_PER_HOUR;
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

	void sendVerification(Account account, Locale locale) {
		String link = link("/account/verify/" + links.issue(account.accountId(), OneTimeLinks.Purpose.VERIFY_EMAIL));
		mailer.send(account.email(), text("platform.mail.verify.subject", locale),
				text("platform.mail.verify.body", locale, account.displayName(), link));
	}

	String link(String path) {
		String base = settings.publicUrl().toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

	private String role(Role role, Locale locale) {
		return text("platform.Role." + role.name(), locale);
	}

	String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
