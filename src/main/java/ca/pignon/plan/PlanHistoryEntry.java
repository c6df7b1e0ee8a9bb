package ca.pignon.plan;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One version of a plan in its history: what changed, by whom, when, and whether it was sent or approved. */
public record PlanHistoryEntry(int version, String changeKey, @Nullable String changeDetail, Instant at, String by,
		boolean sent, @Nullable PlanApproval approval) {
}
