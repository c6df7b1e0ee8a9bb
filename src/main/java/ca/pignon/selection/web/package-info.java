/**
 * Pages of the selection module: the grid, rounds, the ranked list, reviews, decisions, advisors, the dossier's
 * timeline, and the merchant's selection status on "Où en est mon dossier ?". Controllers go through
 * {@link ca.pignon.selection.SelectionManagement}; they read the other modules' APIs for what a page shows of them
 * (the application's answers, staff accounts).
 */
@NullMarked
package ca.pignon.selection.web;

import org.jspecify.annotations.NullMarked;
