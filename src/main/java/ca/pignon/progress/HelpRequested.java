package ca.pignon.progress;

import java.time.Instant;

import ca.pignon.shared.ApplicationId;

/** A merchant asked their advisor for help with an action. */
public record HelpRequested(ApplicationId applicationId, String actionKey, String message, Instant at) {
}
