package ca.pignon.providers;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.platform.NotFound;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.shared.Actor;

/**
 * The shortlist of a brief: drawn at random, with a recorded seed, among the vetted providers that fit; changed by
 * hand (staff with a written reason, the merchant freely); a provider added after the brief was sent gets their link
 * at once. Callers check the dossier's access rule first (see {@link BriefManagement}).
 */
@Service
@Transactional
public class ShortlistManagement {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Briefs briefs;

	private final Directory directory;

	private final ProvidersSettings settings;

	private final QuoteLinks links;

	private final BriefManagement briefManagement;

	private final Clock clock;

	ShortlistManagement(Briefs briefs, Directory directory, ProvidersSettings settings, QuoteLinks links, BriefManagement briefManagement, Clock clock) {
		this.briefs = briefs;
		this.directory = directory;
		this.settings = settings;
		this.links = links;
		this.briefManagement = briefManagement;
		this.clock = clock;
	}

	/** The vetted providers that fit the brief now (service, municipality, language), by id. */
	@Transactional(readOnly = true)
	public List<ProviderDetails> fitting(BriefId id) {
		BriefRow brief = briefs.find(id).orElseThrow(NotFound::new);
		return briefManagement.fitting(brief);
	}

	/**
	 * Draws the shortlist: the vetted providers that fit, in an order drawn at random with a recorded seed, the first
	 * {@code shortlist-size} of them on the shortlist. A new draw replaces the drawn providers of an unsent brief.
	 */
	public BriefDetails draw(BriefId id, Actor by) {
		BriefRow brief = briefs.lock(id).orElseThrow(NotFound::new);
		if (brief.status() != BriefStatus.DRAFT) {
			throw new ProvidersRefused(null, "providers.brief.notDraft");
		}
		long seed = RANDOM.nextLong();
		List<ProviderId> order = FairDraw.order(briefManagement.fitting(brief).stream().map(ProviderDetails::id).toList(), seed);
		briefs.removeUnsentDrawn(id);
		Set<ProviderId> already = briefs.shortlist(id)
			.stream()
			.filter(ShortlistEntry::active)
			.map(ShortlistEntry::provider)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		order.stream()
			.filter(provider -> !already.contains(provider))
			.limit(Math.max(0, settings.shortlistSize() - already.size()))
			.forEach(provider -> briefs.add(UUID.randomUUID(), id, provider, null, null, RequestOrigin.DRAWN));
		briefs.drawn(id, seed, order, clock.instant());
		briefs.log(id, by, "drawn", null, String.valueOf(seed), clock.instant());
		return briefManagement.brief(id);
	}

	/**
	 * Adds a provider of the directory to the shortlist: staff with a written reason, the merchant freely. A provider
	 * added to a brief already sent gets their link at once.
	 */
	public BriefDetails add(BriefId id, ProviderId provider, String reason, Actor by, boolean byMerchant) {
		BriefRow brief = briefs.lock(id).orElseThrow(NotFound::new);
		ProviderDetails details = directory.find(provider)
			.filter(p -> p.vettedOn(briefManagement.today()))
			.orElseThrow(() -> new ProvidersRefused("provider", "providers.shortlist.notVetted"));
		List<Problem> problems = changeProblems(brief, reason, by, byMerchant);
		if (briefs.shortlist(id).stream().anyMatch(e -> e.active() && provider.equals(e.provider()))) {
			problems.add(Problem.about("provider", "providers.shortlist.already"));
		}
		if (!problems.isEmpty()) {
			throw new ProvidersRefused(problems);
		}
		UUID request = UUID.randomUUID();
		briefs.add(request, id, provider, null, null,
				byMerchant ? RequestOrigin.ADDED_BY_MERCHANT : RequestOrigin.ADDED_BY_STAFF);
		briefs.log(id, by, "added", details.name(), reason, clock.instant());
		sendIfSent(brief, request);
		return briefManagement.brief(id);
	}

	/** The merchant (or staff, with a reason) invites a provider from outside the directory, by email. */
	public BriefDetails invite(BriefId id, String name, String email, String reason, Actor by, boolean byMerchant) {
		BriefRow brief = briefs.lock(id).orElseThrow(NotFound::new);
		List<Problem> problems = changeProblems(brief, reason, by, byMerchant);
		if (name.isBlank() || name.length() > ApplicationPolicy.TEXT_MAX) {
			problems.add(Problem.about("outsideName", "providers.field.required"));
		}
		if (!ApplicationPolicy.EMAIL.matcher(email.strip()).matches()) {
			problems.add(Problem.about("outsideEmail", "providers.apply.email.invalid"));
		}
		if (!problems.isEmpty()) {
			throw new ProvidersRefused(problems);
		}
		UUID request = UUID.randomUUID();
		briefs.add(request, id, null, name.strip(), email.strip(),
				byMerchant ? RequestOrigin.ADDED_BY_MERCHANT : RequestOrigin.ADDED_BY_STAFF);
		briefs.log(id, by, "invited", name.strip(), reason, clock.instant());
		sendIfSent(brief, request);
		return briefManagement.brief(id);
	}

	/** Takes a provider off the shortlist, with a written reason; their link stops working. */
	public BriefDetails remove(BriefId id, UUID request, String reason, Actor by) {
		BriefRow brief = briefs.lock(id).orElseThrow(NotFound::new);
		ShortlistEntry entry = briefs.shortlist(id)
			.stream()
			.filter(e -> e.id().equals(request) && e.active())
			.findFirst()
			.orElseThrow(NotFound::new);
		List<Problem> problems = changeProblems(brief, reason, by, false);
		if (!problems.isEmpty()) {
			throw new ProvidersRefused(problems);
		}
		briefs.remove(request, clock.instant());
		briefs.log(id, by, "removed", entry.name(), reason, clock.instant());
		return briefManagement.brief(id);
	}

	private List<Problem> changeProblems(BriefRow brief, String reason, Actor by, boolean byMerchant) {
		List<Problem> problems = new ArrayList<>(briefManagement.handlingProblems(brief, by, byMerchant));
		if (brief.status() == BriefStatus.CHOSEN) {
			problems.add(Problem.about(null, "providers.brief.chosenAlready"));
		}
		if (!byMerchant && reason.isBlank()) {
			problems.add(Problem.about("reason", "providers.shortlist.reason.required"));
		}
		if (reason.length() > BriefManagement.REASON_MAX) {
			problems.add(Problem.about("reason", "providers.text.tooLong", BriefManagement.REASON_MAX));
		}
		return problems;
	}

	private void sendIfSent(BriefRow brief, UUID request) {
		if (brief.status() == BriefStatus.SENT) {
			briefs.shortlist(brief.id())
				.stream()
				.filter(entry -> entry.id().equals(request))
				.forEach(entry -> links.send(brief, entry));
		}
	}

}
