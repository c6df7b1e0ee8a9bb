/**
 * Value types every module may use: records only, no beans.
 */
@NullMarked
package ca.pignon.shared;

import org.jspecify.annotations.NullMarked;
