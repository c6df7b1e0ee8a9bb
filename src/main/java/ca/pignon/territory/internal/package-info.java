/**
 * The territory module's machinery: boundary loading and the fast point locator, the address index, the postal-code
 * centroids and the external geocoder. Public only so the module's API and web packages can use it.
 */
@NullMarked
package ca.pignon.territory.internal;

import org.jspecify.annotations.NullMarked;
