package ca.pignon.providers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The order of providers that fit equally: drawn at random, never by who pays or who was chosen last. A brief's draw
 * is reproducible from its seed (the providers sorted by id, then shuffled by a generator seeded with it), so that
 * anyone can check it; the API draws afresh for every request.
 */
final class FairDraw {

	private FairDraw() {
	}

	static List<ProviderId> order(Collection<ProviderId> fitting, long seed) {
		return shuffled(fitting, new Random(seed));
	}

	static List<ProviderId> shuffled(Collection<ProviderId> fitting, Random random) {
		List<ProviderId> order = new ArrayList<>(fitting);
		order.sort(Comparator.comparing(ProviderId::value));
		Collections.shuffle(order, random);
		return order;
	}

}
