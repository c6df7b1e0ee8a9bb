/**
 * Inside selection: the grid's computation, the ranking, the aggregates and their tables, the workflows behind
 * {@link ca.pignon.selection.SelectionManagement}. Not for other modules.
 */
@NullMarked
package ca.pignon.selection.internal;

import org.jspecify.annotations.NullMarked;
