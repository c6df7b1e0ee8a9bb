package ca.pignon.providers;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.platform.NotFound;

/**
 * The providers' side of a brief: what a request for a quote shows its provider, through their link or signed in, and
 * their answer, once, on the same rules either way; a provider sees their own requests and nothing about the
 * merchants beyond what the merchant agreed to share.
 */
@Service
@Transactional
public class QuoteManagement {

	private final Briefs briefs;

	private final QuoteLinks links;

	private final BriefManagement briefManagement;

	private final Clock clock;

	QuoteManagement(Briefs briefs, QuoteLinks links, BriefManagement briefManagement, Clock clock) {
		this.briefs = briefs;
		this.links = links;
		this.briefManagement = briefManagement;
		this.clock = clock;
	}

	/** What a provider's link shows (see {@link QuotePage}). */
	@Transactional(readOnly = true)
	public Optional<QuotePage> quotePage(String link) {
		return links.page(link, briefManagement::details);
	}

	/** The provider's quote, through their link, once. */
	public void answer(String link, Quote quote) {
		links.answer(link, quote);
	}

	/** The requests for quotes sent to this provider of the directory, the latest first; nothing about the merchants. */
	@Transactional(readOnly = true)
	public List<ProviderRequest> requestsOf(ProviderId provider) {
		return briefs.sentTo(provider).stream().map(request -> {
			ShortlistEntry entry = request.entry();
			BriefRow brief = briefs.find(request.brief()).orElseThrow();
			QuotePage.State state;
			if (entry.answeredAt() != null) {
				state = QuotePage.State.ANSWERED;
			}
			else if (entry.revoked() || entry.removed()) {
				state = QuotePage.State.REVOKED;
			}
			else if (entry.expiresAt() == null || !clock.instant().isBefore(entry.expiresAt())) {
				state = QuotePage.State.EXPIRED;
			}
			else {
				state = QuotePage.State.OPEN;
			}
			return new ProviderRequest(entry.id(), brief.service(), entry.sentAt(), brief.answerBy(), state,
					entry.id().equals(brief.chosenRequest()));
		}).toList();
	}

	/**
	 * What a request shows its provider signed in: the same page, on the same rules, as their link; another provider's
	 * request, or one not sent, is not found.
	 */
	@Transactional(readOnly = true)
	public QuotePage quotePage(ProviderId provider, UUID request) {
		return links.page(requestOf(provider, request), briefManagement::details);
	}

	/** The provider's quote, signed in, once: the same rules as through the link. */
	public void answer(ProviderId provider, UUID request, Quote quote) {
		links.answer(requestOf(provider, request), quote);
	}

	private Briefs.RequestRow requestOf(ProviderId provider, UUID request) {
		return briefs.request(request)
			.filter(row -> provider.equals(row.entry().provider()) && row.entry().sentAt() != null)
			.orElseThrow(NotFound::new);
	}

}
