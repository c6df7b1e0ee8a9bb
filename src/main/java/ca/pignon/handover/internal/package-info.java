@NullMarked
package ca.pignon.handover.internal;

import org.jspecify.annotations.NullMarked;
