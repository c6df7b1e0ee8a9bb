package ca.pignon.providers;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.platform.Dates;
import ca.pignon.platform.PignonUser;
import ca.pignon.shared.Actor;

import static ca.pignon.providers.ProvidersFixture.FRENCH;
import static ca.pignon.providers.ProvidersFixture.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Neutral help choosing a provider, through the module's API on the real database: a brief from the approved plan,
 * a shortlist drawn at random with its seed, quotes through the providers' links, consent before any personal data
 * reaches a provider, links that expire, and the merchant's choice.
 */
@SpringBootTest(properties = "pignon.test.context=providers")
@RecordApplicationEvents
class ProvidersTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEvents events;

	ProvidersFixture fixture;

	PignonUser advisor;

	ApplicationDetails application;

	PignonUser merchant;

	java.time.Instant started;

	@BeforeEach
	void aMerchantWithAnApprovedPlanAndVettedProviders() {
		started = java.time.Instant.now();
		fixture = new ProvidersFixture(context);
		fixture.reset();
		advisor = fixture.advisor();
		application = fixture.merchantWithApprovedPlan(advisor, "Boulangerie " + System.nanoTime());
		merchant = fixture.merchant(application);
	}

	@Test
	void theBriefIsPrefilledFromThePlanActionThatNeedsAProvider() {
		// when
		List<ProviderAction> actions = fixture.briefs.providerActions(application.id(), FRENCH);
		BriefId id = fixture.briefs.open(application.id(), "web-simple-site", Actor.of(merchant.accountId()), FRENCH);
		// then
		assertThat(actions).extracting(ProviderAction::key).contains("web-simple-site");
		BriefDetails brief = fixture.briefs.brief(id);
		var action = fixture.plans.plans.currentCatalogue().action("web-simple-site").orElseThrow();
		assertThat(brief.service()).isEqualTo("website");
		assertThat(brief.title()).isEqualTo(action.title().fr());
		assertThat(brief.goal()).isEqualTo(action.why().fr());
		assertThat(brief.doneWhen()).isEqualTo(action.indicator().fr());
		assertThat(brief.needs()).contains(action.steps().get(0).fr());
		assertThat(brief.budgetMin()).isEqualTo(action.costMin());
		assertThat(brief.budgetMax()).isEqualTo(action.costMax());
		// opening it again gives the same brief
		assertThat(fixture.briefs.open(application.id(), "web-simple-site", Actor.of(advisor.accountId()), FRENCH))
			.isEqualTo(id);
		// an action that needs no provider has no brief
		assertThatThrownBy(() -> fixture.briefs.open(application.id(), "goals-write-objectives",
				Actor.of(advisor.accountId()), FRENCH))
			.isInstanceOf(ProvidersRefused.class);
	}

	@Test
	void theShortlistIsTheVettedProvidersThatFitInTheOrderDrawnFromTheRecordedSeed() {
		// given four vetted website providers, one pending, one suspended, one offering only booking
		List<ProviderId> fitting = List.of(fixture.vetted("Alpha Web", "website"),
				fixture.vetted("Bravo Web", "website", "booking"), fixture.vetted("Charlie Web", "website"),
				fixture.vetted("Delta Web", "website"));
		fixture.providers.apply(ProvidersFixture.application("Écho en attente", "website"));
		ProviderId suspended = fixture.vetted("Foxtrot suspendu", "website");
		fixture.providers.suspend(suspended, "Plainte d’un commerçant", fixture.manager.accountId());
		fixture.vetted("Golf Réservation", "booking");
		BriefId id = fixture.briefs.open(application.id(), "web-simple-site", Actor.of(advisor.accountId()), FRENCH);
		// when
		BriefDetails brief = fixture.shortlists.draw(id, Actor.of(advisor.accountId()));
		// then: three on the shortlist, the first three of the order the seed gives
		assertThat(fixture.shortlists.fitting(id)).extracting(ProviderDetails::id)
			.containsExactlyInAnyOrderElementsOf(fitting);
		List<ProviderId> order = FairDraw.order(fitting, brief.drawSeed());
		assertThat(brief.active()).extracting(ShortlistEntry::provider).containsExactlyElementsOf(order.subList(0, 3));
		assertThat(brief.active()).extracting(ShortlistEntry::origin).containsOnly(RequestOrigin.DRAWN);
		assertThat(fixture.briefs.log(id)).extracting(LogEntry::what).contains("drawn");
		// and the API lists the four in some order, never the pending, suspended or other providers
		assertThat(fixture.providers.vettedOffering("website")).extracting(ProviderDetails::id)
			.containsExactlyInAnyOrderElementsOf(fitting);
		assertThatThrownBy(() -> fixture.providers.vettedOffering("teleportation"))
			.isInstanceOf(ProvidersRefused.class);
	}

	@Test
	void staffChangeAShortlistWithAWrittenReasonAndTheMerchantMayInviteAnyone() {
		// given
		ProviderId alpha = fixture.vetted("Alpha Web", "website");
		ProviderId bravo = fixture.vetted("Bravo Web", "website");
		BriefId id = fixture.briefs.open(application.id(), "web-simple-site", Actor.of(advisor.accountId()), FRENCH);
		// then
		assertThatThrownBy(() -> fixture.shortlists.add(id, alpha, " ", Actor.of(advisor.accountId()), false))
			.isInstanceOfSatisfying(ProvidersRefused.class,
					refused -> assertThat(refused.field()).isEqualTo("reason"));
		fixture.shortlists.add(id, alpha, "Le commerçant connaît leur travail", Actor.of(advisor.accountId()), false);
		fixture.shortlists.add(id, bravo, "", Actor.of(merchant.accountId()), true);
		BriefDetails brief = fixture.shortlists.invite(id, "Cousin Graphiste", "cousin@exemple.test", "",
				Actor.of(merchant.accountId()), true);
		assertThat(brief.active()).extracting(ShortlistEntry::origin)
			.containsExactly(RequestOrigin.ADDED_BY_STAFF, RequestOrigin.ADDED_BY_MERCHANT,
					RequestOrigin.ADDED_BY_MERCHANT);
		UUID outside = brief.active().get(2).id();
		assertThatThrownBy(() -> fixture.shortlists.remove(id, outside, "", Actor.of(advisor.accountId())))
			.isInstanceOf(ProvidersRefused.class);
		brief = fixture.shortlists.remove(id, outside, "Adresse erronée", Actor.of(advisor.accountId()));
		assertThat(brief.active()).hasSize(2);
		// every change is in the log: who, what, why
		assertThat(fixture.briefs.log(id)).extracting(LogEntry::what, LogEntry::reason)
			.contains(org.assertj.core.groups.Tuple.tuple("added", "Le commerçant connaît leur travail"),
					org.assertj.core.groups.Tuple.tuple("removed", "Adresse erronée"));
	}

	@Test
	void providersQuoteThroughTheirLinksOnceAndTheMerchantChoosesWithAReason() {
		// given three vetted providers on the shortlist
		fixture.vetted("Alpha Web", "website");
		fixture.vetted("Bravo Web", "website");
		fixture.vetted("Charlie Web", "website");
		BriefId id = fixture.briefs.open(application.id(), "web-simple-site", Actor.of(merchant.accountId()), FRENCH);
		fixture.shortlists.draw(id, Actor.of(merchant.accountId()));
		LocalDate answerBy = LocalDate.now(Dates.PROGRAM_ZONE).plusDays(10);
		// a brief is never sent with a deadline in the past
		assertThatThrownBy(() -> fixture.briefs.send(id, answerBy.minusDays(20), false,
				Actor.of(merchant.accountId()), true))
			.isInstanceOf(ProvidersRefused.class);
		// when
		BriefDetails sent = fixture.briefs.send(id, answerBy, false, Actor.of(advisor.accountId()), false);
		// then each provider has their own link, which shows the brief but not who the merchant is
		List<String> links = sent.active().stream().map(e -> fixture.linkMailedTo(e.email())).toList();
		assertThat(links).doesNotHaveDuplicates().hasSize(3);
		QuotePage page = fixture.quoteRequests.quotePage(links.get(0)).orElseThrow();
		assertThat(page.state()).isEqualTo(QuotePage.State.OPEN);
		assertThat(page.merchant()).isNull();
		assertThat(page.brief().businessName()).isEmpty();
		assertThat(page.brief().shortlist()).isEmpty();
		// when they answer, once
		fixture.quoteRequests.answer(links.get(0), quote("1200", "300", 6));
		fixture.quoteRequests.answer(links.get(1), quote("2500", "100", 3));
		fixture.quoteRequests.answer(links.get(2), quote("900", null, 8));
		assertThatThrownBy(() -> fixture.quoteRequests.answer(links.get(0), quote("1", "1", 1)))
			.isInstanceOfSatisfying(ProvidersRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("providers.quote.twice"));
		assertThatThrownBy(() -> fixture.quoteRequests.answer("pas-un-lien", quote("1", "1", 1)))
			.isInstanceOf(ca.pignon.platform.NotFound.class);
		// then the comparison shows the three with their cost over three years
		Comparison comparison = fixture.choices.comparison(id);
		assertThat(comparison.columns()).extracting(c -> c.threeYearCost().intValue())
			.containsExactly(2100, 2800, 900);
		assertThat(comparison.columns().get(2).flags()).contains(RedFlag.NO_YEARLY_PRICE);
		// only the merchant chooses, with a reason
		UUID chosen = comparison.columns().get(0).entry().id();
		assertThatThrownBy(() -> fixture.choices.choose(id, chosen, "Parce que", advisor.accountId()))
			.isInstanceOfSatisfying(ProvidersRefused.class,
					refused -> assertThat(refused.problems()).extracting(p -> p.messageKey())
						.contains("providers.choice.merchantOnly"));
		assertThatThrownBy(() -> fixture.choices.choose(id, chosen, " ", merchant.accountId()))
			.isInstanceOf(ProvidersRefused.class);
		BriefDetails decided = fixture.choices.choose(id, chosen, "Le moins cher sur trois ans, en français.",
				merchant.accountId());
		// then
		assertThat(decided.status()).isEqualTo(BriefStatus.CHOSEN);
		assertThat(decided.chosen().id()).isEqualTo(chosen);
		assertThat(decided.choiceReason()).isEqualTo("Le moins cher sur trois ans, en français.");
		assertThat(events.stream(ProviderChosen.class)).singleElement()
			.satisfies(event -> assertThat(event.application()).isEqualTo(application.id()));
		assertThat(fixture.briefs.log(id)).filteredOn(entry -> entry.what().equals("chosen"))
			.singleElement()
			.satisfies(entry -> assertThat(entry.actor()).isEqualTo(Actor.of(merchant.accountId())));
		// the others are told politely, and every link is closed
		long notChosen = fixture.jdbc
			.sql("SELECT count(*) FROM platform_mail WHERE subject LIKE 'Votre soumission :%' "
					+ "AND body LIKE '%un autre fournisseur%' AND created_at >= :since")
			.param("since", java.sql.Timestamp.from(started))
			.query(Long.class)
			.single();
		assertThat(notChosen).isEqualTo(2);
		assertThat(fixture.quoteRequests.quotePage(links.get(1)).orElseThrow().state()).isEqualTo(QuotePage.State.REVOKED);
	}

	@Test
	void noPersonalDataReachesAProviderWithoutTheMerchantsConsentForThatRequest() {
		// given two briefs of the same merchant, one sent with consent by the merchant, one by staff
		ProviderId alpha = fixture.vetted("Alpha Web", "website", "photography");
		LocalDate answerBy = LocalDate.now(Dates.PROGRAM_ZONE).plusDays(10);
		BriefId site = fixture.briefs.open(application.id(), "web-simple-site", Actor.of(merchant.accountId()),
				FRENCH);
		fixture.shortlists.draw(site, Actor.of(merchant.accountId()));
		fixture.briefs.send(site, answerBy, true, Actor.of(merchant.accountId()), true);
		String withConsent = fixture.linkMailedTo(fixture.emailOf(alpha));
		String photos = fixture.briefs.providerActions(application.id(), FRENCH)
			.stream()
			.filter(a -> a.key().startsWith("custom-"))
			.findFirst()
			.orElseThrow()
			.key();
		BriefId other = fixture.briefs.open(application.id(), photos, Actor.of(advisor.accountId()), FRENCH);
		BriefDetails otherBrief = fixture.briefs.brief(other);
		fixture.briefs.edit(other, otherBrief.version(), new BriefEdit("photography", otherBrief.title(), "", "", "",
				"", null, null, null, "fr"), Actor.of(advisor.accountId()));
		fixture.shortlists.draw(other, Actor.of(advisor.accountId()));
		// staff cannot consent for the merchant
		fixture.briefs.send(other, answerBy, true, Actor.of(advisor.accountId()), false);
		String withoutConsent = fixture.linkMailedTo(fixture.emailOf(alpha));
		// then
		QuotePage shared = fixture.quoteRequests.quotePage(withConsent).orElseThrow();
		assertThat(shared.merchant()).isNotNull();
		assertThat(shared.merchant().business()).isEqualTo(fixture.briefs.brief(site).businessName());
		assertThat(shared.merchant().email()).isEqualTo(merchant.email());
		QuotePage kept = fixture.quoteRequests.quotePage(withoutConsent).orElseThrow();
		assertThat(kept.merchant()).isNull();
		assertThat(kept.brief().businessName()).isEmpty();
		assertThat(fixture.briefs.brief(other).shareContact()).isFalse();
	}

	@Test
	void anExpiredOrRevokedLinkSaysSoAndTakesNoAnswer() {
		// given
		fixture.vetted("Alpha Web", "website");
		BriefId id = fixture.briefs.open(application.id(), "web-simple-site", Actor.of(merchant.accountId()), FRENCH);
		BriefDetails brief = fixture.shortlists.draw(id, Actor.of(merchant.accountId()));
		fixture.briefs.send(id, LocalDate.now(Dates.PROGRAM_ZONE).plusDays(5), false, Actor.of(merchant.accountId()),
				true);
		String link = fixture.linkMailedTo(brief.active().get(0).email());
		// when the deadline has passed
		fixture.jdbc.sql("UPDATE providers_request SET expires_at = now() - interval '1 minute'").update();
		// then
		QuotePage expired = fixture.quoteRequests.quotePage(link).orElseThrow();
		assertThat(expired.state()).isEqualTo(QuotePage.State.EXPIRED);
		assertThat(expired.brief()).isNull();
		assertThatThrownBy(() -> fixture.quoteRequests.answer(link, quote("1000", "100", 4)))
			.isInstanceOfSatisfying(ProvidersRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("providers.quote.expired"));
		// and a provider taken off the list has a revoked link
		fixture.jdbc.sql("UPDATE providers_request SET expires_at = now() + interval '1 day'").update();
		fixture.shortlists.remove(id, brief.active().get(0).id(), "Ne répond plus", Actor.of(advisor.accountId()));
		assertThat(fixture.quoteRequests.quotePage(link).orElseThrow().state()).isEqualTo(QuotePage.State.REVOKED);
		assertThat(fixture.quoteRequests.quotePage(link).orElseThrow().brief()).isNull();
	}

	@Test
	void approvalExpiresAfterTheConfiguredMonthsAndTheProviderReadsWhy() {
		ProviderId id = fixture.providers.apply(ProvidersFixture.application("Hotel Web", "website"));
		assertThatThrownBy(() -> fixture.providers.vet(id, new Vetting(true, false, true, true, ""),
				fixture.manager.accountId()))
			.isInstanceOf(ProvidersRefused.class);
		ProviderDetails approved = fixture.providers.vet(id, new Vetting(true, true, true, true, ""),
				fixture.manager.accountId());
		assertThat(approved.approvedUntil()).isEqualTo(LocalDate.now(Dates.PROGRAM_ZONE).plusMonths(12));
		ProviderDetails suspended = fixture.providers.suspend(id, "Commission demandée à un commerçant",
				fixture.manager.accountId());
		assertThat(suspended.status()).isEqualTo(ProviderStatus.SUSPENDED);
		String mail = fixture.jdbc
			.sql("SELECT body FROM platform_mail WHERE recipient = :to ORDER BY created_at DESC LIMIT 1")
			.param("to", approved.email())
			.query(String.class)
			.single();
		assertThat(mail).contains("Commission demandée à un commerçant");
	}

}
