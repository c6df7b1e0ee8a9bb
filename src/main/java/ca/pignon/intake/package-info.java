/**
 * Registration of merchants, territory and storefront eligibility, staff review of applications.
 */
@ApplicationModule(displayName = "Intake", allowedDependencies = { "shared", "platform", "territory", "dossier" })
@NullMarked
package ca.pignon.intake;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
