/**
 * Where a point is: municipality, arrondissement, quartier, program territory; geocoding of addresses.
 * A leaf: depends on nothing but shared.
 */
@ApplicationModule(displayName = "Territory", allowedDependencies = "shared")
@NullMarked
package ca.pignon.territory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
