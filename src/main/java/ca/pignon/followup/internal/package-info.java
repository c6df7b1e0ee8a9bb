@NullMarked
package ca.pignon.followup.internal;

import org.jspecify.annotations.NullMarked;
