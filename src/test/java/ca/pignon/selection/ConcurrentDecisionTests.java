package ca.pignon.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

import ca.pignon.shared.Actor;
import ca.pignon.intake.ApplicationDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two staff members acting on the same dossier at the same instant: exactly one wins, the other is told what changed,
 * and nothing of the loser's action remains (no trail line, no mail).
 */
class ConcurrentDecisionTests extends SelectionTest {

	ExecutorService threads = Executors.newFixedThreadPool(2);

	Actor gaby;

	Actor louis;

	Actor anne;

	ApplicationDetails bakery;

	RoundId round;

	@BeforeEach
	void twoManagersLookingAtTheSameDossier() {
		gaby = fixture.manager("Gaby Gestion");
		louis = fixture.manager("Louis Gestion");
		anne = fixture.advisor("Anne Conseil");
		bakery = fixture.eligible("Boulangerie Saint-Roch");
		round = fixture.open("Printemps", 2, gaby, anne);
	}

	@AfterEach
	void stopThreads() {
		threads.shutdownNow();
	}

	@RepeatedTest(3)
	void exactlyOneOfTwoSimultaneousDecisionsIsRecorded() throws Exception {
		// given both saw the same version
		long seen = fixture.version(round, bakery.id());
		var start = new CyclicBarrier(2);
		List<Callable<DecisionStatus>> decisions = List.of(
				() -> decide(start, new RecordDecision(round, bakery.id(), DecisionStatus.RETAINED, null,
						anne.accountId(), "selection.reason.RETAINED.withinPlaces", "Retenue.", seen, gaby)),
				() -> decide(start, new RecordDecision(round, bakery.id(), DecisionStatus.NOT_RETAINED, null, null,
						"selection.reason.NOT_RETAINED.lowerScore", "Non retenue.", seen, louis)));

		// when
		List<Object> outcomes = new ArrayList<>();
		for (Future<DecisionStatus> outcome : threads.invokeAll(decisions, 30, TimeUnit.SECONDS)) {
			try {
				outcomes.add(outcome.get());
			}
			catch (ExecutionException ex) {
				outcomes.add(ex.getCause());
			}
		}

		// then one decision stands; the other is refused, told who changed the dossier
		assertThat(outcomes).filteredOn(DecisionStatus.class::isInstance).hasSize(1);
		DecisionStatus winner = (DecisionStatus) outcomes.stream()
			.filter(DecisionStatus.class::isInstance)
			.findFirst()
			.orElseThrow();
		String winnerName = winner == DecisionStatus.RETAINED ? "Gaby Gestion" : "Louis Gestion";
		assertThat(outcomes).filteredOn(outcome -> !(outcome instanceof DecisionStatus))
			.singleElement()
			.isInstanceOfSatisfying(SelectionRefused.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("selection.refused.staleVersion");
				assertThat(refused.arguments()[0]).isEqualTo(winnerName);
			});
		assertThat(selection.ranking(round).rows().get(0).decision()).isEqualTo(winner);
		assertThat(selection.timelineOf(bakery.id())).filteredOn(entry -> entry.action().equals("DECIDED"))
			.singleElement()
			.satisfies(entry -> assertThat(entry.actorName()).isEqualTo(winnerName));
		assertThat(fixture.mailsTo(bakery.email())).filteredOn(mail -> mail.contains("cohorte « Printemps »"))
			.hasSize(1);
		assertThat(count("SELECT count(*) FROM selection_assignment")).isEqualTo(winner == DecisionStatus.RETAINED ? 1 : 0);
	}

	private DecisionStatus decide(CyclicBarrier start, RecordDecision decision) throws Exception {
		start.await(10, TimeUnit.SECONDS);
		selection.decide(decision);
		return decision.status();
	}

}
