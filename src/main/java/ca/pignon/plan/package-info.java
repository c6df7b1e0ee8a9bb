/**
 * The individualized action plan: a versioned catalogue of recommended actions kept as data, a deterministic draft from
 * the completed T0 diagnostic (relevant actions ranked by impact for effort, prerequisites first, scheduled month by
 * month within the merchant's hours), the advisor's edits kept as versions, the merchant's approval by typed name, and
 * the plan document (page and tagged PDF).
 */
@ApplicationModule(displayName = "Action plan",
		allowedDependencies = { "shared", "platform", "dossier", "intake", "selection", "diagnostic" })
@NullMarked
package ca.pignon.plan;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
