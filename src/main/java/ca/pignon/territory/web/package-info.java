/**
 * The territory module's public, read-only JSON API.
 */
@NullMarked
package ca.pignon.territory.web;

import org.jspecify.annotations.NullMarked;
