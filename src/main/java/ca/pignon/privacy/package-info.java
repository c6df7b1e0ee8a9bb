/**
 * The merchants' rights over their personal information (Loi 25): "Mes données", the copy of everything Pignon keeps
 * about a merchant, in open formats, and who can see their dossier. Built on the dossier's personal-data hooks, so
 * that every module's records are in the copy by construction.
 */
@ApplicationModule(displayName = "Privacy", allowedDependencies = { "shared", "platform", "dossier" })
@NullMarked
package ca.pignon.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
