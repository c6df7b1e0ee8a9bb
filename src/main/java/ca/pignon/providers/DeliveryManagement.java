package ca.pignon.providers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.dossier.DossierManagement;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.Actor;

/**
 * After the work: the merchant rates the chosen provider's delivery (on time, on budget, quality, would recommend),
 * once, and may say the plan's action is done with it, the delivered work as evidence. Ratings are for staff only and
 * feed the renewal of the vetting.
 */
@Service
@Transactional
public class DeliveryManagement {

	private final Ratings ratings;

	private final Briefs briefs;

	private final DossierManagement dossiers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DeliveryManagement(Ratings ratings, Briefs briefs, DossierManagement dossiers, ApplicationEventPublisher events,
			Clock clock) {
		this.ratings = ratings;
		this.briefs = briefs;
		this.dossiers = dossiers;
		this.events = events;
		this.clock = clock;
	}

	public Rating rate(BriefId id, RatingInput input, AccountId merchant) {
		BriefRow brief = briefs.lock(id).orElseThrow(NotFound::new);
		List<Problem> problems = new ArrayList<>();
		if (brief.status() != BriefStatus.CHOSEN || brief.chosenRequest() == null) {
			problems.add(Problem.about(null, "providers.rating.notChosen"));
		}
		if (!dossiers.get(brief.application()).merchant().equals(merchant)) {
			problems.add(Problem.about(null, "providers.rating.merchantOnly"));
		}
		if (ratings.of(id).isPresent()) {
			problems.add(Problem.about(null, "providers.rating.twice"));
		}
		problems.addAll(RatingPolicy.problems(input));
		if (!problems.isEmpty()) {
			throw new ProvidersRefused(problems);
		}
		ShortlistEntry chosen = briefs.request(brief.chosenRequest()).orElseThrow().entry();
		if (!ratings.insert(id, chosen.provider(), input, merchant, clock.instant())) {
			throw new ProvidersRefused(null, "providers.rating.twice");
		}
		briefs.log(id, Actor.of(merchant), "rated", chosen.name(), null, clock.instant());
		if (input.actionDone()) {
			events.publishEvent(new ProviderWorkDelivered(id, brief.application(), brief.actionKey(), chosen.name(),
					input.deliveredUrl().isBlank() ? null : input.deliveredUrl().strip(), merchant, clock.instant()));
		}
		return ratings.of(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Optional<Rating> ratingOf(BriefId brief) {
		return ratings.of(brief);
	}

	/** For staff: the provider's ratings in short, for the renewal of the vetting. */
	@Transactional(readOnly = true)
	public RatingSummary ratingsOf(ProviderId provider) {
		return RatingSummary.of(ratings.ofProvider(provider));
	}

}
