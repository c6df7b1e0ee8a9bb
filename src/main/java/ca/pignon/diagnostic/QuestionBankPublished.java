package ca.pignon.diagnostic;

import java.time.Instant;

import ca.pignon.shared.AccountId;

/** A new version of the question bank is published: diagnostics started from now on use it. */
public record QuestionBankPublished(int version, AccountId publishedBy, Instant publishedAt) {
}
