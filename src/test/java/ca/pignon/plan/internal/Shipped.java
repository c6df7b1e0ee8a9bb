package ca.pignon.plan.internal;

import ca.pignon.diagnostic.QuestionBank;
import ca.pignon.diagnostic.internal.BankCatalogue;
import ca.pignon.diagnostic.internal.BankReader;
import ca.pignon.plan.ActionCatalogue;

/** The shipped question bank and action catalogue, read as the application reads them. */
final class Shipped {

	private Shipped() {
	}

	static QuestionBank bank() {
		var outcome = BankReader.read(BankCatalogue.shippedSource(), 1);
		if (outcome.bank() == null) {
			throw new AssertionError("the shipped bank is invalid: " + outcome.problems());
		}
		return outcome.bank();
	}

	static ActionCatalogue catalogue() {
		var outcome = CatalogueReader.read(CatalogueShelf.shippedSource(), 1, bank());
		if (outcome.catalogue() == null) {
			throw new AssertionError("the shipped catalogue is invalid: " + outcome.problems());
		}
		return outcome.catalogue();
	}

}
