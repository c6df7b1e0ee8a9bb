/**
 * Selection of eligible applications: the versioned grid, intake rounds (cohorts) with places per advisor team,
 * independent reviews, a reproducible ranking, decisions with the waitlist, the decision mail, advisors' caseloads and
 * every dossier's timeline.
 */
@ApplicationModule(displayName = "Selection", allowedDependencies = { "shared", "platform", "intake", "dossier" })
@NullMarked
package ca.pignon.selection;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
