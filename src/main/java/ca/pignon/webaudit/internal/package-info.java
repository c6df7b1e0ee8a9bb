/**
 * Inside the web audit: safe fetching (address vetting, one HTTP/1.1 exchange to a vetted address, redirects), the
 * crawl of a few pages, the checks, and the stored runs. Not for other modules.
 */
@NullMarked
package ca.pignon.webaudit.internal;

import org.jspecify.annotations.NullMarked;
