package ca.pignon.diagnostic;

import java.time.Instant;

public record QuestionBankPublished(int version, String publishedBy, Instant publishedAt) {
}
