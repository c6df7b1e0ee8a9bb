package ca.pignon.diagnostic.internal;

import ca.pignon.diagnostic.QuestionBank;

/** The shipped question bank, read as the application reads it. */
final class ShippedBank {

	private ShippedBank() {
	}

	static QuestionBank read() {
		var outcome = BankReader.read(BankCatalogue.shippedSource(), 1);
		if (outcome.bank() == null) {
			throw new AssertionError("the shipped bank is invalid: " + outcome.problems());
		}
		return outcome.bank();
	}

}
