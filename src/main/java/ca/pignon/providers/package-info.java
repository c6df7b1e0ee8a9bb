/**
 * Neutral help choosing a provider: a vetted directory, a brief written for an action of the merchant's approved
 * plan, requests for quotes sent to a shortlist drawn at random among the providers that fit, quotes compared side by
 * side on the merchant's own criteria, and the merchant's choice with its reason, all kept.
 */
@ApplicationModule(displayName = "Providers", allowedDependencies = { "shared", "platform", "dossier", "plan",
		"diagnostic" })
@NullMarked
package ca.pignon.providers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
