package ca.pignon.platform;

import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * There is no default password: the first administrator comes from {@code PIGNON_ADMIN_EMAIL} and
 * {@code PIGNON_ADMIN_PASSWORD}, or, without them, from a one-time setup link printed in the log.
 */
@Component
class FirstAdmin {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private static final int MIN_API_TOKEN_LENGTH = 32;

	private static final Duration LOCK_HELD_AT_MOST = Duration.ofMinutes(1);

	private final AccountManagement accounts;

	private final Accounts repository;

	private final OneTimeLinks links;

	private final ApiTokens tokens;

	private final PlatformSettings settings;

	private final String email;

	private final String password;

	private final String apiToken;

	private final LockProvider locks;

	FirstAdmin(AccountManagement accounts, Accounts repository, OneTimeLinks links, ApiTokens tokens,
			PlatformSettings settings, AdminSettings admin, LockProvider locks) {
		this.locks = locks;
		this.accounts = accounts;
		this.repository = repository;
		this.links = links;
		this.tokens = tokens;
		this.settings = settings;
		this.email = admin.email();
		this.password = admin.password();
		this.apiToken = admin.apiToken();
	}

	/**
	 * Instances starting together on an empty database take turns (the lock's row in {@code shedlock}): the first
	 * creates the administrator (or the setup link), the others then find one.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void ensureAnAdministratorCanSignIn() {
		SimpleLock lock = waitForTheLock();
		try {
			if (!repository.anyEnabledAdmin()) {
				createOrInvite();
			}
			if (!apiToken.isBlank()) {
				giveAutomationToken();
			}
		}
		finally {
			lock.unlock();
		}
	}

	private SimpleLock waitForTheLock() {
		long deadline = System.nanoTime() + LOCK_HELD_AT_MOST.toNanos();
		while (true) {
			var lock = locks.lock(new LockConfiguration(Instant.now(), "pignon.first-admin", LOCK_HELD_AT_MOST,
					Duration.ZERO));
			if (lock.isPresent()) {
				return lock.get();
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Another instance has been creating the first administrator for over "
						+ LOCK_HELD_AT_MOST + "; see the shedlock table");
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting to create the first administrator", ex);
			}
		}
	}

	private void createOrInvite() {
		if (!email.isBlank() && !password.isBlank()) {
			try {
				accounts.createFirstAdmin(email, password, "Administration");
				log.info("First administrator created from PIGNON_ADMIN_EMAIL");
				return;
			}
			catch (AccountRefused refused) {
				log.error("PIGNON_ADMIN_EMAIL/PIGNON_ADMIN_PASSWORD refused ({}); use the setup link instead",
						refused.messageKey());
			}
		}
		String secret = links.issue(null, OneTimeLinks.Purpose.SETUP_ADMIN);
		String base = settings.publicUrl().toString().replaceAll("/$", "");
		log.warn("""

				*** No administrator yet. Create the first one within 24 hours at:
				***   {}/setup/{}
				*** (or start Pignon with PIGNON_ADMIN_EMAIL and PIGNON_ADMIN_PASSWORD)
				""", base, secret);
	}

	private void giveAutomationToken() {
		if (apiToken.length() < MIN_API_TOKEN_LENGTH) {
			log.error("PIGNON_ADMIN_API_TOKEN ignored: it must be at least {} characters long", MIN_API_TOKEN_LENGTH);
			return;
		}
		repository.findFirstAdmin()
			.ifPresentOrElse(
					admin -> tokens.registerIfAbsent(admin.accountId(), "PIGNON_ADMIN_API_TOKEN", apiToken,
							Duration.ofDays(365)),
					() -> log.error("PIGNON_ADMIN_API_TOKEN ignored: there is no administrator yet"));
	}

}
