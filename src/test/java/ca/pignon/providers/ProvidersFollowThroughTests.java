package ca.pignon.providers;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.platform.Dates;
import ca.pignon.platform.PignonUser;
import ca.pignon.progress.ProgressManagement;
import ca.pignon.progress.Task;
import ca.pignon.progress.TaskStatus;
import ca.pignon.shared.Actor;

import static ca.pignon.providers.ProvidersFixture.FRENCH;
import static ca.pignon.providers.ProvidersFixture.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * What follows the draw, on the real database: one reminder before the deadline (once, even when two instances run
 * it at the same time), declared interests flagged on a shortlist until a manager decides, and the merchant's rating
 * of the delivered work, which marks the plan's action done in "Mon plan".
 */
@SpringBootTest(properties = "pignon.test.context=providers")
class ProvidersFollowThroughTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	QuoteReminders reminders;

	@Autowired
	InterestManagement interests;

	@Autowired
	DeliveryManagement deliveries;

	@Autowired
	ProgressManagement progress;

	ProvidersFixture fixture;

	PignonUser advisor;

	ApplicationDetails application;

	PignonUser merchant;

	@BeforeEach
	void aMerchantWithAnApprovedPlan() {
		fixture = new ProvidersFixture(context);
		fixture.reset();
		advisor = fixture.advisor();
		application = fixture.merchantWithApprovedPlan(advisor, "Fleuriste " + System.nanoTime());
		merchant = fixture.merchant(application);
	}

	@Test
	void aProviderWhoHasNotAnsweredIsRemindedOnceWithALinkThatReplacesTheFirst() {
		// given a brief sent to three providers, one of whom answered
		fixture.vetted("Alpha Web", "website");
		fixture.vetted("Bravo Web", "website");
		fixture.vetted("Charlie Web", "website");
		BriefId id = sent(LocalDate.now(Dates.PROGRAM_ZONE).plusDays(10));
		List<ShortlistEntry> shortlist = fixture.briefs.brief(id).active();
		List<String> links = shortlist.stream().map(e -> fixture.linkMailedTo(e.email())).toList();
		fixture.quoteRequests.answer(links.get(0), quote("1200", "300", 6));
		// ten days before the deadline, nobody is reminded
		assertThat(reminders.remindDue()).isZero();
		// when the deadline is a day away, two instances run the reminder at the same time
		fixture.jdbc.sql("UPDATE providers_request SET expires_at = now() + interval '1 day' WHERE brief_id = :id")
			.param("id", id.value())
			.update();
		var first = CompletableFuture.supplyAsync(reminders::remindDue);
		var second = CompletableFuture.supplyAsync(reminders::remindDue);
		// then the two who have not answered are reminded, once each
		assertThat(first.join() + second.join()).isEqualTo(2);
		assertThat(reminders.remindDue()).isZero();
		assertThat(remindersMailedTo(shortlist.get(0).email())).isEmpty();
		List<String> reminded = remindersMailedTo(shortlist.get(1).email());
		assertThat(reminded).hasSize(1);
		assertThat(remindersMailedTo(shortlist.get(2).email())).hasSize(1);
		// the reminder's link opens the brief; the first link no longer does
		assertThat(fixture.quoteRequests.quotePage(reminded.get(0)).orElseThrow().state()).isEqualTo(QuotePage.State.OPEN);
		assertThat(fixture.quoteRequests.quotePage(links.get(1))).isEmpty();
		fixture.quoteRequests.answer(reminded.get(0), quote("900", "100", 4));
		assertThat(fixture.briefs.log(id)).filteredOn(entry -> entry.what().equals("reminded")).hasSize(2);
	}

	@Test
	void aShortlistWithAProviderLinkedToTheAdvisorIsNotSentUntilAManagerConfirmsIt() {
		// given the advisor declared a link with one of the three providers that fit
		ProviderId cousin = fixture.vetted("Alpha Web", "website");
		fixture.vetted("Bravo Web", "website");
		fixture.vetted("Charlie Web", "website");
		assertThatThrownBy(() -> interests.declare(advisor.accountId(), cousin, " "))
			.isInstanceOfSatisfying(ProvidersRefused.class, r -> assertThat(r.field()).isEqualTo("nature"));
		interests.declare(advisor.accountId(), cousin, "Mon cousin y travaille");
		assertThatThrownBy(() -> interests.declare(advisor.accountId(), cousin, "Encore"))
			.isInstanceOfSatisfying(ProvidersRefused.class,
					r -> assertThat(r.messageKey()).isEqualTo("providers.interest.already"));
		BriefId id = fixture.briefs.open(application.id(), "web-simple-site", Actor.of(advisor.accountId()), FRENCH);
		fixture.shortlists.draw(id, Actor.of(advisor.accountId()));
		// then the conflict is flagged and the brief cannot be sent
		assertThat(interests.conflicts(id)).singleElement().satisfies(conflict -> {
			assertThat(conflict.account()).isEqualTo(advisor.accountId());
			assertThat(conflict.provider()).isEqualTo(cousin);
			assertThat(conflict.open()).isTrue();
		});
		LocalDate answerBy = LocalDate.now(Dates.PROGRAM_ZONE).plusDays(10);
		assertThatThrownBy(() -> fixture.briefs.send(id, answerBy, false, Actor.of(advisor.accountId()), false))
			.isInstanceOfSatisfying(ProvidersRefused.class, r -> assertThat(r.problems())
				.extracting(p -> p.messageKey())
				.contains("providers.conflict.open"));
		// a manager confirms it with a reason: it can go
		assertThatThrownBy(() -> interests.confirm(id, advisor.accountId(), cousin, "", fixture.manager.accountId()))
			.isInstanceOf(ProvidersRefused.class);
		interests.confirm(id, advisor.accountId(), cousin, "Tirage au sort, lien déclaré, le commerçant est informé",
				fixture.manager.accountId());
		assertThat(interests.conflicts(id)).singleElement()
			.satisfies(conflict -> assertThat(conflict.decision()).isEqualTo(ConflictDecision.CONFIRMED));
		assertThat(fixture.briefs.send(id, answerBy, false, Actor.of(advisor.accountId()), false).status())
			.isEqualTo(BriefStatus.SENT);
		assertThat(fixture.briefs.log(id)).extracting(LogEntry::what).contains("conflictConfirmed");
	}

	@Test
	void aManagerWhoTakesTheBriefOverLeavesTheAdvisorOutOfItsShortlist() {
		// given
		ProviderId cousin = fixture.vetted("Alpha Web", "website");
		ProviderId bravo = fixture.vetted("Bravo Web", "website");
		interests.declare(advisor.accountId(), cousin, "Ancien employeur");
		BriefId id = fixture.briefs.open(application.id(), "web-simple-site", Actor.of(advisor.accountId()), FRENCH);
		fixture.shortlists.draw(id, Actor.of(advisor.accountId()));
		UUID cousinRequest = fixture.briefs.brief(id)
			.active()
			.stream()
			.filter(e -> cousin.equals(e.provider()))
			.findFirst()
			.orElseThrow()
			.id();
		// when
		interests.takeOver(id, advisor.accountId(), "Par prudence", fixture.manager.accountId());
		// then the advisor no longer changes the shortlist; the manager does
		assertThat(interests.conflicts(id)).extracting(Conflict::decision).containsOnly(ConflictDecision.TAKEN_OVER);
		assertThatThrownBy(() -> fixture.shortlists.remove(id, cousinRequest, "Je me retire",
				Actor.of(advisor.accountId())))
			.isInstanceOfSatisfying(ProvidersRefused.class, r -> assertThat(r.problems())
				.extracting(p -> p.messageKey())
				.contains("providers.conflict.takenFromYou"));
		fixture.shortlists.remove(id, cousinRequest, "Lien déclaré du conseiller", Actor.of(fixture.manager.accountId()));
		assertThat(fixture.briefs.brief(id).active()).extracting(ShortlistEntry::provider).containsExactly(bravo);
		assertThat(fixture.briefs.log(id)).extracting(LogEntry::what).contains("takenOver", "removed");
	}

	@Test
	void theMerchantRatesTheDeliveryOnceAndThePlanActionIsDoneWithItAsEvidence() {
		// given a provider chosen for the site
		fixture.vetted("Alpha Web", "website");
		BriefId id = sent(LocalDate.now(Dates.PROGRAM_ZONE).plusDays(10));
		ShortlistEntry alpha = fixture.briefs.brief(id).active().get(0);
		var good = new RatingInput(true, true, 5, true, "Site livré, clair et rapide.", "https://fleuriste.exemple.ca",
				true);
		assertThatThrownBy(() -> deliveries.rate(id, good, merchant.accountId()))
			.isInstanceOfSatisfying(ProvidersRefused.class,
					r -> assertThat(r.messageKey()).isEqualTo("providers.rating.notChosen"));
		fixture.quoteRequests.answer(fixture.linkMailedTo(alpha.email()), quote("1200", "300", 6));
		fixture.choices.choose(id, alpha.id(), "Le seul qui a répondu, et bien.", merchant.accountId());
		await().atMost(Duration.ofSeconds(20)).until(() -> siteTask().isPresent());
		// only the merchant rates; a bad answer is refused with its field
		assertThatThrownBy(() -> deliveries.rate(id, good, advisor.accountId()))
			.isInstanceOfSatisfying(ProvidersRefused.class, r -> assertThat(r.problems())
				.extracting(p -> p.messageKey())
				.contains("providers.rating.merchantOnly"));
		assertThatThrownBy(() -> deliveries.rate(id, new RatingInput(true, true, 9, true, "", "", true),
				merchant.accountId()))
			.isInstanceOfSatisfying(ProvidersRefused.class, r -> assertThat(r.field()).isEqualTo("quality"));
		// when
		Rating rating = deliveries.rate(id, good, merchant.accountId());
		// then
		assertThat(rating.quality()).isEqualTo(5);
		assertThatThrownBy(() -> deliveries.rate(id, good, merchant.accountId()))
			.isInstanceOfSatisfying(ProvidersRefused.class, r -> assertThat(r.problems())
				.extracting(p -> p.messageKey())
				.contains("providers.rating.twice"));
		assertThat(deliveries.ratingsOf(alpha.provider())).satisfies(summary -> {
			assertThat(summary.count()).isEqualTo(1);
			assertThat(summary.recommendPercent()).isEqualTo(100);
		});
		await().atMost(Duration.ofSeconds(20))
			.until(() -> siteTask().map(task -> task.status() == TaskStatus.DONE).orElse(false));
		Task done = siteTask().orElseThrow();
		assertThat(done.evidenceUrl()).isEqualTo("https://fleuriste.exemple.ca");
		assertThat(done.doneNote()).contains("Alpha Web");
	}

	private java.util.Optional<Task> siteTask() {
		return progress.planOf(application.id(), FRENCH)
			.stream()
			.flatMap(plan -> java.util.stream.Stream.of(plan.late(), plan.thisMonth(), plan.later(), plan.done()))
			.flatMap(List::stream)
			.filter(task -> task.key().equals("web-simple-site"))
			.findFirst();
	}

	private BriefId sent(LocalDate answerBy) {
		BriefId id = fixture.briefs.open(application.id(), "web-simple-site", Actor.of(merchant.accountId()), FRENCH);
		fixture.shortlists.draw(id, Actor.of(merchant.accountId()));
		fixture.briefs.send(id, answerBy, false, Actor.of(merchant.accountId()), true);
		return id;
	}

	private List<String> remindersMailedTo(String email) {
		return fixture.jdbc.sql("""
				SELECT body FROM platform_mail WHERE recipient = :to AND subject LIKE 'Rappel : demande de soumission%'
				ORDER BY created_at""").param("to", email).query(String.class).list().stream().map(body -> {
			Matcher matcher = ProvidersFixture.LINK.matcher(body);
			if (!matcher.find()) {
				throw new AssertionError("no link in " + body);
			}
			return matcher.group(1);
		}).toList();
	}

}
