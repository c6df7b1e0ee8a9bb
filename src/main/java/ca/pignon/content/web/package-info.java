/**
 * The content module's pages and its public occasions API.
 */
@NullMarked
package ca.pignon.content.web;

import org.jspecify.annotations.NullMarked;
