package ca.pignon.diagnostic.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** At start-up, writes the shipped question bank as version 1 when there is none yet. */
@Component
class BankBootstrap implements ApplicationRunner {

	private final BankCatalogue banks;

	BankBootstrap(BankCatalogue banks) {
		this.banks = banks;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		banks.ensureShipped();
	}

}
