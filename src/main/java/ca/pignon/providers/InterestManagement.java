package ca.pignon.providers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.dossier.DossierManagement;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.Actor;

/**
 * Declarations of interests and the conflicts they flag: each advisor and manager declares their links with providers
 * of the directory; a brief whose shortlist holds a provider linked to the person handling it is flagged, and cannot
 * be sent until a manager confirms the shortlist with a reason or takes the brief over. Every decision is in the
 * brief's history.
 */
@Service
@Transactional
public class InterestManagement {

	static final int NATURE_MAX = 500;

	private final Interests interests;

	private final Briefs briefs;

	private final Directory directory;

	private final DossierManagement dossiers;

	private final Clock clock;

	InterestManagement(Interests interests, Briefs briefs, Directory directory, DossierManagement dossiers,
			Clock clock) {
		this.interests = interests;
		this.briefs = briefs;
		this.directory = directory;
		this.dossiers = dossiers;
		this.clock = clock;
	}

	/** Declares a link with a provider of the directory, in a sentence (what it is: a relative, a former employer…). */
	public Interest declare(AccountId person, @Nullable ProviderId provider, String nature) {
		List<Problem> problems = new ArrayList<>();
		ProviderDetails details = provider == null ? null : directory.find(provider).orElse(null);
		if (details == null) {
			problems.add(Problem.about("provider", "providers.interest.provider.required"));
		}
		else if (interests.declared(List.of(person)).stream().anyMatch(i -> i.provider().equals(provider))) {
			problems.add(Problem.about("provider", "providers.interest.already"));
		}
		if (nature.isBlank()) {
			problems.add(Problem.about("nature", "providers.interest.nature.required"));
		}
		else if (nature.length() > NATURE_MAX) {
			problems.add(Problem.about("nature", "providers.text.tooLong", NATURE_MAX));
		}
		if (!problems.isEmpty()) {
			throw new ProvidersRefused(problems);
		}
		UUID id = UUID.randomUUID();
		interests.declare(id, person, provider, nature, clock.instant());
		return interests.declared(List.of(person)).stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
	}

	/** Withdraws one of this person's declarations (it stays in the records, marked withdrawn). */
	public void withdraw(UUID interest, AccountId person) {
		if (!interests.withdraw(interest, person, clock.instant())) {
			throw new NotFound();
		}
	}

	@Transactional(readOnly = true)
	public List<Interest> declaredBy(AccountId person) {
		return interests.declared(List.of(person));
	}

	/** Everyone's open declarations, for managers. */
	@Transactional(readOnly = true)
	public List<Interest> declared() {
		return interests.declared(null);
	}

	/** The conflicts of the brief: flagged, open or decided. */
	@Transactional(readOnly = true)
	public List<Conflict> conflicts(BriefId brief) {
		BriefRow row = briefs.find(brief).orElseThrow(NotFound::new);
		List<AccountId> handlers = handlers(row);
		return ConflictPolicy.conflicts(handlers, interests.declared(handlers), briefs.shortlist(brief),
				interests.decisions(brief));
	}

	/** Whether this person may still change the brief's shortlist or send it (not when it was taken from them). */
	@Transactional(readOnly = true)
	public boolean mayHandle(BriefId brief, AccountId person) {
		return ConflictPolicy.mayHandle(person, interests.decisions(brief));
	}

	/** A manager saw the link and confirms the shortlist as it is, saying why. */
	public void confirm(BriefId brief, AccountId person, ProviderId provider, String reason, AccountId manager) {
		briefs.lock(brief).orElseThrow(NotFound::new);
		Conflict conflict = conflicts(brief).stream()
			.filter(c -> c.open() && c.account().equals(person) && c.provider().equals(provider))
			.findFirst()
			.orElseThrow(() -> new ProvidersRefused(null, "providers.conflict.none"));
		requireReason(reason);
		interests.decide(brief, new ConflictPolicy.Decision(person, provider, ConflictDecision.CONFIRMED, reason),
				manager, clock.instant());
		briefs.log(brief, Actor.of(manager), "conflictConfirmed", conflict.providerName(), reason, clock.instant());
	}

	/**
	 * A manager takes the brief over from a person with a declared link: that person no longer changes its shortlist
	 * nor sends it; the manager handles it (their own declarations then count).
	 */
	public void takeOver(BriefId brief, AccountId person, String reason, AccountId manager) {
		briefs.lock(brief).orElseThrow(NotFound::new);
		List<Conflict> theirs = conflicts(brief).stream().filter(c -> c.open() && c.account().equals(person)).toList();
		if (theirs.isEmpty()) {
			throw new ProvidersRefused(null, "providers.conflict.none");
		}
		if (person.equals(manager)) {
			throw new ProvidersRefused(null, "providers.conflict.notYourself");
		}
		requireReason(reason);
		interests.decide(brief, new ConflictPolicy.Decision(person, theirs.get(0).provider(),
				ConflictDecision.TAKEN_OVER, reason), manager, clock.instant());
		interests.handledBy(brief, manager);
		briefs.log(brief, Actor.of(manager), "takenOver", null, reason, clock.instant());
	}

	private List<AccountId> handlers(BriefRow row) {
		List<AccountId> handlers = new ArrayList<>();
		dossiers.find(row.application()).map(d -> d.advisor()).ifPresent(handlers::add);
		AccountId handler = interests.handler(row.id());
		if (handler != null && !handlers.contains(handler)) {
			handlers.add(handler);
		}
		return handlers;
	}

	private static void requireReason(String reason) {
		if (reason.isBlank()) {
			throw new ProvidersRefused("reason", "providers.conflict.reason.required");
		}
		if (reason.length() > BriefManagement.REASON_MAX) {
			throw new ProvidersRefused("reason", "providers.text.tooLong", BriefManagement.REASON_MAX);
		}
	}

}
