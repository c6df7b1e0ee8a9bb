package ca.pignon.providers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.dossier.DossierManagement;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.Actor;

/**
 * The end of a brief: the merchant weighs the criteria, compares the quotes, and chooses a provider that quoted with a
 * sentence saying why; the choice is the merchant's own. Managers see how neutral the process was
 * ({@link NeutralityReport}).
 */
@Service
@Transactional
public class ChoiceManagement {

	private final Briefs briefs;

	private final DossierManagement dossiers;

	private final QuoteLinks links;

	private final Neutrality neutrality;

	private final BriefManagement briefManagement;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ChoiceManagement(Briefs briefs, DossierManagement dossiers, QuoteLinks links, Neutrality neutrality, BriefManagement briefManagement, ApplicationEventPublisher events, Clock clock) {
		this.briefs = briefs;
		this.dossiers = dossiers;
		this.links = links;
		this.neutrality = neutrality;
		this.briefManagement = briefManagement;
		this.events = events;
		this.clock = clock;
	}

	/** The merchant's weights of the criteria, 0 to 3 each. */
	public BriefDetails weigh(BriefId id, Map<Criterion, Integer> weights) {
		briefs.lock(id).orElseThrow(NotFound::new);
		for (Map.Entry<Criterion, Integer> weight : weights.entrySet()) {
			if (weight.getValue() < 0 || weight.getValue() > Criterion.MAX_WEIGHT) {
				throw new ProvidersRefused("weight-" + weight.getKey(), "providers.compare.weight.range",
						Criterion.MAX_WEIGHT);
			}
		}
		Map<Criterion, Integer> all = ComparisonPolicy.weights("");
		all.putAll(weights);
		briefs.weights(id, ComparisonPolicy.stored(all));
		return briefManagement.brief(id);
	}

	@Transactional(readOnly = true)
	public Comparison comparison(BriefId id) {
		BriefDetails brief = briefManagement.brief(id);
		return ComparisonPolicy.compare(brief.answered(), brief.weights(), brief.budgetMax());
	}

	/**
	 * The merchant chooses a provider that quoted and says why in a sentence: the choice is theirs, recorded as
	 * theirs. The other providers are told politely; every link stops working.
	 */
	public BriefDetails choose(BriefId id, UUID request, String reason, AccountId merchant) {
		BriefRow brief = briefs.lock(id).orElseThrow(NotFound::new);
		List<Problem> problems = new ArrayList<>();
		if (brief.status() != BriefStatus.SENT) {
			problems.add(Problem.about(null, "providers.choice.notSent"));
		}
		if (!dossiers.get(brief.application()).merchant().equals(merchant)) {
			problems.add(Problem.about(null, "providers.choice.merchantOnly"));
		}
		List<ShortlistEntry> shortlist = briefs.shortlist(id);
		Optional<ShortlistEntry> chosen = shortlist.stream()
			.filter(e -> e.id().equals(request) && e.active() && e.quote() != null)
			.findFirst();
		if (chosen.isEmpty()) {
			problems.add(Problem.about("request", "providers.choice.request.required"));
		}
		if (reason.isBlank()) {
			problems.add(Problem.about("reason", "providers.choice.reason.required"));
		}
		else if (reason.length() > BriefManagement.REASON_MAX) {
			problems.add(Problem.about("reason", "providers.text.tooLong", BriefManagement.REASON_MAX));
		}
		if (!problems.isEmpty()) {
			throw new ProvidersRefused(problems);
		}
		briefs.chosen(id, request, reason, merchant, clock.instant());
		briefs.log(id, Actor.of(merchant), "chosen", chosen.get().name(), reason, clock.instant());
		links.tellOutcome(brief, shortlist, request);
		events.publishEvent(new ProviderChosen(id, brief.application(), brief.actionKey(), chosen.get().provider(),
				clock.instant()));
		return briefManagement.brief(id);
	}

	/** For managers: how often each provider was shortlisted, quoted and chosen, and per advisor. */
	@Transactional(readOnly = true)
	public NeutralityReport neutrality() {
		return neutrality.report();
	}

}
