/**
 * The City's reports: the program's indicators for a period, by territory, sector and size, computed from the
 * dossier's facts and the modules' reporting hooks (never a join across other modules' tables), with the cells too
 * small to stay anonymous suppressed, and those that would let one work them out. The page's map draws the
 * territory module's boundaries.
 */
@ApplicationModule(displayName = "Reporting", allowedDependencies = { "shared", "platform", "dossier", "territory" })
@NullMarked
package ca.pignon.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
