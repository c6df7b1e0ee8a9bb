/**
 * The house's plumbing: database, security and accounts, layout, locale, error pages, mail outbox.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = "shared")
@NullMarked
package ca.pignon.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
