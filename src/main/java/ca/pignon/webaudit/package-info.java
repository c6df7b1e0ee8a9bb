/**
 * Automated audit of a merchant's web presence: the site fetched safely as a visitor would, checked against a stable
 * list of checks (each with a status, the evidence found and a plain-language explanation), stored per application
 * with the changes since the previous run.
 */
@ApplicationModule(displayName = "Web audit", allowedDependencies = { "shared", "platform", "dossier", "intake" })
@NullMarked
package ca.pignon.webaudit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
