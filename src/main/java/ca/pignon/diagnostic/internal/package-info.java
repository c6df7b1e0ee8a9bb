/**
 * Inside the diagnostic: the bank's reading and validation, skip logic, the scoring formula, peer groups and the
 * tables behind {@link ca.pignon.diagnostic.DiagnosticManagement}. Not for other modules.
 */
@NullMarked
package ca.pignon.diagnostic.internal;

import org.jspecify.annotations.NullMarked;
