package ca.pignon.selection.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** At start-up, writes the shipped grid as version 1 when there is no grid yet. */
@Component
class GridBootstrap implements ApplicationRunner {

	private final GridCatalogue grids;

	GridBootstrap(GridCatalogue grids) {
		this.grids = grids;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		grids.ensureDefault();
	}

}
