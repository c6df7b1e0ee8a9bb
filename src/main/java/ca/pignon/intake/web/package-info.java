/**
 * Pages and API of the intake module; they go through {@link ca.pignon.intake.IntakeManagement} only.
 */
@NullMarked
package ca.pignon.intake.web;

import org.jspecify.annotations.NullMarked;
