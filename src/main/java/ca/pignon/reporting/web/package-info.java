/** The City's reports on the web: the API and the page. */
@NullMarked
package ca.pignon.reporting.web;

import org.jspecify.annotations.NullMarked;
