package ca.pignon.providers;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.platform.Dates;
import ca.pignon.platform.Mailer;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.shared.AccountId;

/**
 * The vetted directory of providers: the services they may offer, a provider's application from the public page, a
 * manager's vetting (checklist, approval for a number of months, refusal with a reason the provider reads),
 * suspension, and the vetted providers of a service in a fresh random order.
 */
@Service
@Transactional
public class ProvidersManagement {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Directory directory;

	private final ServiceList services;

	private final ProvidersSettings settings;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Clock clock;

	private final ProviderAccountManagement accounts;

	ProvidersManagement(Directory directory, ServiceList services, ProvidersSettings settings, Mailer mailer,
			MessageSource messages, Clock clock, ProviderAccountManagement accounts) {
		this.accounts = accounts;
		this.directory = directory;
		this.services = services;
		this.settings = settings;
		this.mailer = mailer;
		this.messages = messages;
		this.clock = clock;
	}

	// --- services ---------------------------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public List<ServiceKind> services() {
		return services.all();
	}

	@Transactional(readOnly = true)
	public boolean knownService(String id) {
		return services.known(id);
	}

	// --- applying and vetting ---------------------------------------------------------------------------------------

	/** A provider applies: kept as pending until a manager vets it; the provider is told by mail. */
	public ProviderId apply(ProviderApplication application) {
		List<Problem> problems = ApplicationPolicy.problems(application, Set.copyOf(serviceIds()));
		if (!problems.isEmpty()) {
			throw new ProvidersRefused(problems);
		}
		ProviderId id = ProviderId.random();
		directory.insert(id, application, clock.instant(), false);
		Locale locale = localeOf(application.languages());
		mailer.send(application.email().strip(), message("providers.mail.applied.subject", locale),
				message("providers.mail.applied.body", locale, application.contactName().strip(),
						application.name().strip()));
		return id;
	}

	/**
	 * A manager decides on an application (or renews an approval) with the checklist; the provider reads why. An
	 * approved provider without an account is invited to one ({@link ProviderAccountManagement#invite}).
	 */
	public ProviderDetails vet(ProviderId id, Vetting vetting, AccountId by) {
		ProviderDetails provider = directory.lock(id).orElseThrow(NotFound::new);
		List<Problem> problems = VettingPolicy.problems(vetting, provider.status());
		if (!problems.isEmpty()) {
			throw new ProvidersRefused(problems);
		}
		LocalDate until = vetting.approve() ? VettingPolicy.approvedUntil(today(), settings.approvalMonths()) : null;
		directory.decide(id, vetting, vetting.approve() ? ProviderStatus.APPROVED : ProviderStatus.REFUSED, until, by,
				clock.instant());
		Locale locale = localeOf(provider.languages());
		if (vetting.approve()) {
			mailer.send(provider.email(), message("providers.mail.approved.subject", locale),
					message("providers.mail.approved.body", locale, provider.contactName(), provider.name(),
							until == null ? "" : until.toString()));
			// the provider's account, to keep the profile current and answer signed in: the invitation follows
			accounts.inviteIfNone(id);
		}
		else {
			mailer.send(provider.email(), message("providers.mail.refused.subject", locale),
					message("providers.mail.refused.body", locale, provider.contactName(), provider.name(),
							vetting.reason().strip()));
		}
		return directory.find(id).orElseThrow();
	}

	/** A manager suspends an approved provider, with the reason the provider reads. */
	public ProviderDetails suspend(ProviderId id, String reason, AccountId by) {
		ProviderDetails provider = directory.lock(id).orElseThrow(NotFound::new);
		List<Problem> problems = VettingPolicy.suspension(reason, provider.status());
		if (!problems.isEmpty()) {
			throw new ProvidersRefused(problems);
		}
		directory.suspend(id, reason, by, clock.instant());
		Locale locale = localeOf(provider.languages());
		mailer.send(provider.email(), message("providers.mail.suspended.subject", locale),
				message("providers.mail.suspended.body", locale, provider.contactName(), provider.name(),
						reason.strip()));
		return directory.find(id).orElseThrow();
	}

	// --- reading ----------------------------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public ProviderDetails provider(ProviderId id) {
		return directory.find(id).orElseThrow(NotFound::new);
	}

	/** The directory for managers: pending applications first, then by name; {@code status} none for all. */
	@Transactional(readOnly = true)
	public List<ProviderDetails> directory(@Nullable ProviderStatus status) {
		return directory.all(status);
	}

	/**
	 * The vetted providers (approved, not past their approval, not suspended) offering this service, in a fresh
	 * uniformly random order for each call: nobody is "featured".
	 */
	@Transactional(readOnly = true)
	public List<ProviderDetails> vettedOffering(String service) {
		if (!services.known(service)) {
			throw new ProvidersRefused("service", "providers.api.service.unknown", service);
		}
		LocalDate today = today();
		Map<ProviderId, ProviderDetails> vetted = directory.offering(service)
			.stream()
			.filter(provider -> provider.vettedOn(today))
			.collect(Collectors.toMap(ProviderDetails::id, Function.identity()));
		return FairDraw.shuffled(vetted.keySet(), RANDOM).stream().map(vetted::get).toList();
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(Dates.PROGRAM_ZONE));
	}

	private List<String> serviceIds() {
		return services.all().stream().map(ServiceKind::id).toList();
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	static Locale localeOf(Set<String> languages) {
		return languages.contains("fr") || languages.isEmpty() ? Locale.CANADA_FRENCH : Locale.CANADA;
	}

}
