/**
 * The web audit's staff page and API.
 */
@NullMarked
package ca.pignon.webaudit.web;

import org.jspecify.annotations.NullMarked;
