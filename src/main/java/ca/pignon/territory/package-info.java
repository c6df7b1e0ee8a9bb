/**
 * Where a point is: municipality, arrondissement, quartier, program territory; geocoding of addresses.
 * A leaf: depends on nothing but shared, and on platform only to declare who may reach its API.
 */
@ApplicationModule(displayName = "Territory", allowedDependencies = { "shared", "platform" })
@NullMarked
package ca.pignon.territory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
