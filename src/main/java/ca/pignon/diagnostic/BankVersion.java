package ca.pignon.diagnostic;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A published version of the question bank. */
public record BankVersion(int version, Instant publishedAt, String publishedBy, @Nullable String note,
		int dimensions, int questions, boolean current) {
}
