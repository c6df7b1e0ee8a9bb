package ca.pignon.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.shared.AccountId;

/**
 * An account's email address: the link that verifies it (sent again on demand, within limits), and its change, which
 * takes effect only once the new address opens its link ({@link EmailChanged}). Answers never tell whether an address
 * belongs to another account.
 */
@Service
@Transactional
public class EmailAddressManagement {

	private final AccountManagement accountManagement;

	private final Accounts accounts;

	private final OneTimeLinks links;

	private final Mailer mailer;

	private final MailRequests mailRequests;

	private final ApplicationEventPublisher events;

	private final ProgramSettings program;

	private final Clock clock;

	EmailAddressManagement(AccountManagement accountManagement, Accounts accounts, OneTimeLinks links, Mailer mailer, MailRequests mailRequests, ApplicationEventPublisher events, ProgramSettings program, Clock clock) {
		this.accountManagement = accountManagement;
		this.accounts = accounts;
		this.links = links;
		this.mailer = mailer;
		this.mailRequests = mailRequests;
		this.events = events;
		this.program = program;
		this.clock = clock;
	}

	/**
	 * Sends a new verification link (the earlier ones stop working), when the client ({@code client}, its address)
	 * and the account's address are both within their limits.
	 * @throws AccountRefused {@code platform.mail.tooMany} when the client asked for too many mails within the hour,
	 * {@code platform.verify.tooSoon} when links were sent to this address too often lately ({@link AccountManagement#MAILS_PER_HOUR}
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
	 * @throws AccountRefused when links were sent to this address too often lately ({@link AccountManagement#MAILS_PER_HOUR} an hour)
	 */
	public void resendVerification(AccountId id, Locale locale) {
		var account = accounts.findById(id.value()).filter(found -> !found.emailVerified());
		if (account.isEmpty()) {
			return;
		}
		if (accountManagement.tooMany(account.get(), OneTimeLinks.Purpose.VERIFY_EMAIL)) {
			throw new AccountRefused("verification", "platform.verify.tooSoon");
		}
		accountManagement.sendVerification(account.get(), locale);
	}

	/**
	 * Asks to change the account's email address (issue 18, point 5): a link is mailed to the new address, verified
	 * again as at registration; the account keeps its address, to sign in and be mailed, until the link is opened. An
	 * address that belongs to another account gets no link, and the answer is the same, so that nobody learns from it
	 * whose address has an account.
	 * @throws AccountRefused (field {@code email}) when the address is not one or is the account's own; when links were
	 * mailed too often lately ({@link AccountManagement#MAILS_PER_HOUR} an hour)
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
		if (accountManagement.tooMany(account, OneTimeLinks.Purpose.CHANGE_EMAIL)) {
			throw new AccountRefused("email", "platform.emailChange.tooSoon");
		}
		account.askForEmail(address);
		accounts.save(account);
		if (accounts.findByEmail(address).isPresent()) {
			// no link for an address taken, and none left from an earlier request that would confirm this one
			links.revoke(account.accountId(), OneTimeLinks.Purpose.CHANGE_EMAIL);
			return;
		}
		String link = accountManagement.link("/account/email/" + links.issue(account.accountId(), OneTimeLinks.Purpose.CHANGE_EMAIL));
		mailer.send(address, accountManagement.text("platform.mail.emailChange.subject", locale),
				accountManagement.text("platform.mail.emailChange.body", locale, account.displayName(), link, account.email()));
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
				mailer.send(before, accountManagement.text("platform.mail.emailChanged.subject", locale),
						accountManagement.text("platform.mail.emailChanged.body", locale, account.displayName(), account.email(),
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
}
