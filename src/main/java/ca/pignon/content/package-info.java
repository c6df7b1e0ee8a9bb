/**
 * The merchant's added value and a social-media rhythm they can keep: the occasions that matter to a storefront in
 * Québec (computed by rule for any year, local events confirmed by staff each year, occasions staff add for their
 * city), the value work, content pillars and the editorial calendar.
 */
@ApplicationModule(displayName = "Content", allowedDependencies = { "shared", "platform", "dossier" })
@NullMarked
package ca.pignon.content;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
