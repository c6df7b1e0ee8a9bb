/**
 * Files merchants and advisors attach as evidence (a photo of the new sign, a screenshot of the completed profile, a
 * PDF): checked by their content, not their name, kept outside the web root under generated names, and served only
 * to the merchant they belong to, to their advisor, and to managers.
 */
@ApplicationModule(displayName = "Uploads", allowedDependencies = { "shared", "platform", "dossier", "intake", "selection" })
@NullMarked
package ca.pignon.uploads;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
