/**
 * The merchant's dossier: one place that knows, for each submitted application, who the merchant is, the business's
 * name, where it is in the program's territory (municipality, arrondissement, quartier, and any other layer), its
 * sector and size, its advisor and cohort, and how far it has come in the program (its stage). Kept current by the
 * modules that decide those facts (intake, selection, then diagnostic, plan, progress and follow-up), in the same
 * transaction as their decision. Every other module reads these facts from here, by id, and asks here the one access
 * rule: who may see and act on a dossier. The hooks other modules implement (the merchant's status page, their
 * personal data, the facts of aggregate reporting) are declared here and found by type.
 * <p>
 * It sits below every business module (it depends on platform and shared only) so that every module, intake and
 * selection included, may implement its hooks: see docs/decisions/0008-the-dossier.md.
 */
@ApplicationModule(displayName = "Dossier", allowedDependencies = { "shared", "platform" })
@NullMarked
package ca.pignon.dossier;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
