package ca.pignon.providers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ca.pignon.dossier.Dossier;
import ca.pignon.dossier.DossierArea;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.AccountSummary;
import ca.pignon.platform.Dates;
import ca.pignon.platform.Mailer;

/**
 * The providers' links: one per request, a random secret of which only the hash is kept, valid until the end of the
 * brief's deadline, for that provider and that brief only; revoked when the provider is taken off the shortlist or the
 * merchant has chosen. What a link shows, the answer it takes once, and the mails that carry it.
 */
@Component
class QuoteLinks {

	static final String PATH = "/providers/quotes/";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Briefs briefs;

	private final DossierManagement dossiers;

	private final AccountManagement accounts;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Clock clock;

	private final ServiceList services;

	private final Directory directory;

	QuoteLinks(Briefs briefs, DossierManagement dossiers, AccountManagement accounts, Mailer mailer,
			MessageSource messages, Clock clock, ServiceList services, Directory directory) {
		this.directory = directory;
		this.services = services;
		this.briefs = briefs;
		this.dossiers = dossiers;
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
		this.clock = clock;
	}

	/** Gives this request its link and mails it to the provider. */
	void send(BriefRow brief, ShortlistEntry entry) {
		String link = newLink();
		Instant expires = brief.answerBy() == null ? clock.instant()
				: brief.answerBy().plusDays(1).atStartOfDay(Dates.PROGRAM_ZONE).toInstant();
		briefs.linked(entry.id(), hash(link), expires, clock.instant());
		Locale locale = "en".equals(brief.language()) ? Locale.CANADA : Locale.CANADA_FRENCH;
		String service = serviceName(brief, locale);
		mailer.send(entry.email(), message("providers.mail.request.subject", locale, service),
				message("providers.mail.request.body", locale, entry.name(), service,
						String.valueOf(brief.answerBy()), mailer.link(PATH + link)));
	}

	/**
	 * Reminds a provider who has not answered that the deadline comes: with a new link, since only the hash of the
	 * first one is kept; the first one stops working, and the mail says so.
	 */
	void remind(BriefRow brief, ShortlistEntry entry) {
		String link = newLink();
		briefs.relinked(entry.id(), hash(link));
		Locale locale = "en".equals(brief.language()) ? Locale.CANADA : Locale.CANADA_FRENCH;
		String service = serviceName(brief, locale);
		mailer.send(entry.email(), message("providers.mail.reminder.subject", locale, service),
				message("providers.mail.reminder.body", locale, entry.name(), service,
						String.valueOf(brief.answerBy()), mailer.link(PATH + link)));
	}

	private static String newLink() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	Optional<QuotePage> page(String link, Function<BriefRow, BriefDetails> details) {
		return briefs.byLink(hash(link)).map(request -> page(request, details));
	}

	/** What the request shows its provider, through their link or signed in: the same rules either way. */
	QuotePage page(Briefs.RequestRow request, Function<BriefRow, BriefDetails> details) {
		ShortlistEntry entry = request.entry();
		if (entry.revoked() || entry.removed()) {
			return QuotePage.closed(QuotePage.State.REVOKED);
		}
		if (entry.expiresAt() == null || !clock.instant().isBefore(entry.expiresAt())) {
			return QuotePage.closed(QuotePage.State.EXPIRED);
		}
		BriefRow row = briefs.find(request.brief()).orElseThrow();
		BriefDetails brief = details.apply(row);
		Dossier dossier = dossiers.get(row.application());
		String municipality = dossier.area(DossierArea.MUNICIPALITY).map(DossierArea::name).orElse(null);
		QuotePage.MerchantContact contact = null;
		if (row.shareContact()) {
			AccountSummary account = accounts.find(dossier.merchant()).orElse(null);
			if (account != null) {
				contact = new QuotePage.MerchantContact(dossier.businessName(), account.displayName(),
						account.email());
			}
		}
		// the provider reads the brief, never the shortlist nor the other quotes
		BriefDetails forProvider = new BriefDetails(brief.id(), brief.application(), brief.actionKey(),
				contact == null ? "" : brief.businessName(), brief.service(), brief.title(), brief.goal(),
				brief.today(), brief.needs(), brief.doneWhen(), brief.budgetMin(), brief.budgetMax(), brief.wantedBy(),
				brief.language(), brief.status(), brief.shareContact(), brief.answerBy(), brief.sentAt(), null, null,
				brief.weights(), List.of(), null, null, null, brief.version());
		return new QuotePage(entry.quote() == null ? QuotePage.State.OPEN : QuotePage.State.ANSWERED,
				forProvider, entry.name(), municipality, contact, entry.expiresAt(), entry.quote(), mayAnswer(entry));
	}

	/**
	 * A provider of the directory answers only while vetted: a suspended provider, or one past their approval, reads
	 * the request and why they cannot answer. A provider invited from outside the directory was never vetted.
	 */
	private boolean mayAnswer(ShortlistEntry entry) {
		return entry.provider() == null || directory.find(entry.provider())
			.map(provider -> provider.vettedOn(LocalDate.now(clock.withZone(Dates.PROGRAM_ZONE))))
			.orElse(false);
	}

	void answer(String link, Quote quote) {
		answer(briefs.byLink(hash(link)).orElseThrow(ca.pignon.platform.NotFound::new), quote);
	}

	/** The provider's quote, through their link or signed in, once. */
	void answer(Briefs.RequestRow request, Quote quote) {
		ShortlistEntry entry = request.entry();
		if (entry.revoked() || entry.removed()) {
			throw new ProvidersRefused(null, "providers.quote.revoked");
		}
		if (entry.expiresAt() == null || !clock.instant().isBefore(entry.expiresAt())) {
			throw new ProvidersRefused(null, "providers.quote.expired");
		}
		if (entry.answeredAt() != null) {
			throw new ProvidersRefused(null, "providers.quote.twice");
		}
		if (!mayAnswer(entry)) {
			throw new ProvidersRefused(null, "providers.quote.notVetted");
		}
		List<ca.pignon.platform.Refused.Problem> problems = QuotePolicy.problems(quote);
		if (!problems.isEmpty()) {
			throw new ProvidersRefused(problems);
		}
		if (!briefs.answer(entry.id(), quote, clock.instant())) {
			throw new ProvidersRefused(null, "providers.quote.twice");
		}
		briefs.log(request.brief(), ca.pignon.shared.Actor.RULES, "quoted", request.entry().name(), null,
				clock.instant());
	}

	/** The chosen provider is told, and the others, politely, that the merchant chose another. */
	void tellOutcome(BriefRow brief, List<ShortlistEntry> shortlist, UUID chosen) {
		Locale locale = "en".equals(brief.language()) ? Locale.CANADA : Locale.CANADA_FRENCH;
		for (ShortlistEntry entry : shortlist) {
			if (!entry.active() || entry.sentAt() == null) {
				continue;
			}
			String kind = entry.id().equals(chosen) ? "chosen" : "notChosen";
			String service = serviceName(brief, locale);
			mailer.send(entry.email(), message("providers.mail." + kind + ".subject", locale, service),
					message("providers.mail." + kind + ".body", locale, entry.name(), service));
			briefs.told(entry.id(), clock.instant());
		}
	}

	/** Mails name the service asked for, never the brief's text: what the merchant wrote stays on the link's page. */
	private String serviceName(BriefRow brief, Locale locale) {
		return services.find(brief.service()).map(service -> service.name(locale)).orElse(brief.service());
	}

	static String hash(String link) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(link.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
