/**
 * The diagnostic of digital needs: a versioned question bank kept as data, questionnaires filled by the merchant and
 * their advisor (T0 at the start of the accompaniment, T1 at its end), scores per dimension with maturity levels, the
 * result with strengths, gaps and a peer comparison that never shows a group of fewer than five, and its PDF.
 */
@ApplicationModule(displayName = "Diagnostic",
		allowedDependencies = { "shared", "platform", "dossier", "intake", "selection", "webaudit" })
@NullMarked
package ca.pignon.diagnostic;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
