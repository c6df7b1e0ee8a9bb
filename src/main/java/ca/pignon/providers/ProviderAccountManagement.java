package ca.pignon.providers;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.Mailer;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.shared.AccountId;

/**
 * Providers' accounts (role PROVIDER): the invitation, with a one-time link to choose a password, when a manager
 * approves a provider (or on demand for one approved before); the provider's own profile, kept current by them under
 * the rules of {@link ProfilePolicy}; and a manager's decision on the services and areas that wait.
 */
@Service
@Transactional
public class ProviderAccountManagement {

	/** The changes a manager reads on a provider's page, at most. */
	static final int CHANGES_SHOWN = 50;

	private final Directory directory;

	private final Profiles profiles;

	private final ServiceList services;

	private final AccountManagement accounts;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Clock clock;

	ProviderAccountManagement(Directory directory, Profiles profiles, ServiceList services,
			AccountManagement accounts, Mailer mailer, MessageSource messages, Clock clock) {
		this.directory = directory;
		this.profiles = profiles;
		this.services = services;
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
		this.clock = clock;
	}

	// --- accounts ---------------------------------------------------------------------------------------------------

	/**
	 * Invites an approved provider to their account: the platform creates it without a password and mails the
	 * one-time link to choose one (only its hash is kept).
	 * @throws ProvidersRefused when the provider has an account already, is not approved, or their address belongs to
	 * another account
	 */
	public AccountId invite(ProviderId id) {
		ProviderDetails provider = directory.lock(id).orElseThrow(NotFound::new);
		if (profiles.account(id).isPresent()) {
			throw new ProvidersRefused(null, "providers.account.exists");
		}
		if (provider.status() != ProviderStatus.APPROVED) {
			throw new ProvidersRefused(null, "providers.account.notApproved");
		}
		if (accounts.exists(provider.email())) {
			// asked before the platform would refuse it, so that the refusal does not spoil the transaction
			throw new ProvidersRefused(null, "providers.account.emailTaken");
		}
		AccountId account = accounts.inviteProvider(provider.email(), provider.name(),
				ProvidersManagement.localeOf(provider.languages()));
		profiles.linkAccount(id, account);
		return account;
	}

	/** On approval: invites the provider unless they have an account, or their address has another one. */
	Optional<AccountId> inviteIfNone(ProviderId id) {
		ProviderDetails provider = directory.find(id).orElseThrow(NotFound::new);
		if (profiles.account(id).isPresent() || accounts.exists(provider.email())) {
			return Optional.empty();
		}
		return Optional.of(invite(id));
	}

	/** The provider this account is for, with their profile; none for any other account. */
	@Transactional(readOnly = true)
	public Optional<ProviderProfile> ofAccount(AccountId account) {
		return profiles.ofAccount(account).map(this::profile);
	}

	@Transactional(readOnly = true)
	public ProviderProfile profile(ProviderId id) {
		ProviderDetails provider = directory.find(id).orElseThrow(NotFound::new);
		Optional<Profiles.Pending> pending = profiles.pending(id);
		return new ProviderProfile(provider, profiles.account(id).orElse(null),
				pending.map(Profiles.Pending::scope).orElse(null), pending.map(Profiles.Pending::since).orElse(null),
				profiles.changes(id, CHANGES_SHOWN));
	}

	/** The providers whose services or areas wait for a manager. */
	@Transactional(readOnly = true)
	public Set<ProviderId> withPendingChanges() {
		return profiles.withPending();
	}

	// --- the provider's profile -------------------------------------------------------------------------------------

	/**
	 * The provider keeps their profile current: checked by the application's rules; what widens the services or areas
	 * waits for a manager, the rest applies at once ({@link ProfilePolicy}); every change is logged for managers.
	 * @return the profile as it now stands
	 */
	public ProviderProfile edit(ProviderId id, ProfileEdit edit) {
		ProviderDetails provider = directory.lock(id).orElseThrow(NotFound::new);
		// a suspended or refused provider is shown to nobody: what they would change waits for a manager's decision
		if (provider.status() == ProviderStatus.SUSPENDED || provider.status() == ProviderStatus.REFUSED) {
			throw new ProvidersRefused(null, "providers.me.notEditable");
		}
		List<Problem> problems = ProfilePolicy.problems(provider, edit,
				services.all().stream().map(ServiceKind::id).collect(Collectors.toSet()));
		if (!problems.isEmpty()) {
			throw new ProvidersRefused(problems);
		}
		ProfilePolicy.Outcome outcome = ProfilePolicy.decide(provider, edit);
		var now = clock.instant();
		profiles.update(id, edit);
		Optional<Profiles.Pending> waiting = profiles.pending(id);
		boolean sameAsWaiting = outcome.waiting() != null
				&& waiting.map(pending -> pending.scope().equals(outcome.waiting())).orElse(false);
		if (!sameAsWaiting) {
			if (waiting.isPresent()) {
				profiles.decideWaiting(id, ProfileChange.State.WITHDRAWN, null, null, now);
			}
			profiles.pend(id, outcome.waiting(), now);
			outcome.waitingChanges().forEach(change -> profiles.log(id, change, ProfileChange.State.WAITING, now));
		}
		if (outcome.waiting() == null) {
			profiles.scope(id, edit.scope());
		}
		outcome.applied().forEach(change -> profiles.log(id, change, ProfileChange.State.APPLIED, now));
		return profile(id);
	}

	/**
	 * A manager accepts the services and areas a provider asked for, or declines them with a reason the provider
	 * reads; the provider is told either way.
	 */
	public ProviderProfile decideChanges(ProviderId id, boolean accept, String reason, AccountId by) {
		ProviderDetails provider = directory.lock(id).orElseThrow(NotFound::new);
		Profiles.Pending pending = profiles.pending(id)
			.orElseThrow(() -> new ProvidersRefused(null, "providers.changes.nothingWaiting"));
		if (!accept && reason.isBlank()) {
			throw new ProvidersRefused("reason", "providers.vetting.reason.required");
		}
		if (reason.length() > VettingPolicy.REASON_MAX) {
			throw new ProvidersRefused("reason", "providers.text.tooLong", VettingPolicy.REASON_MAX);
		}
		var now = clock.instant();
		if (accept) {
			profiles.scope(id, pending.scope());
		}
		profiles.decideWaiting(id, accept ? ProfileChange.State.ACCEPTED : ProfileChange.State.DECLINED, by,
				reason.isBlank() ? null : reason.strip(), now);
		profiles.pend(id, null, now);
		Locale locale = ProvidersManagement.localeOf(provider.languages());
		String kind = accept ? "changesAccepted" : "changesDeclined";
		mailer.send(provider.email(), message("providers.mail." + kind + ".subject", locale),
				message("providers.mail." + kind + ".body", locale, provider.contactName(), provider.name(),
						reason.strip(), mailer.link("/providers/me")));
		return profile(id);
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
