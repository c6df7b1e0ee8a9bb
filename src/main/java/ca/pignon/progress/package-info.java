/**
 * Carrying out the approved action plan: each action becomes a task the merchant sees on "Mon plan" (the next step
 * first, what is due this month, what is late, what is done), marks done with evidence, comments on or asks help for;
 * reminders of what is coming and late, at the rhythm the merchant chooses.
 */
@ApplicationModule(displayName = "Progress", allowedDependencies = { "shared", "platform", "dossier", "intake", "selection",
		"uploads", "plan", "diagnostic", "followup", "providers", "conversation", "content" })
@NullMarked
package ca.pignon.progress;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
