@NullMarked
package ca.pignon.privacy.internal;

import org.jspecify.annotations.NullMarked;
