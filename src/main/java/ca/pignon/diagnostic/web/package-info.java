/**
 * Pages of the diagnostic: the merchant's and the advisor's questionnaire, one dimension per page, the result and its
 * PDF, the question bank's versions for managers, and the diagnostic's part of "Où en est mon dossier ?".
 */
@NullMarked
package ca.pignon.diagnostic.web;

import org.jspecify.annotations.NullMarked;
