package ca.pignon.progress;

import java.time.Instant;

import ca.pignon.shared.ApplicationId;

/** A merchant (or their advisor) marked an action of the plan done. */
public record ActionDone(ApplicationId applicationId, String actionKey, Instant at) {
}
