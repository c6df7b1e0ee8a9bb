package ca.pignon.progress.web;

import org.jspecify.annotations.Nullable;

import ca.pignon.progress.MyPlan;

/**
 * What the merchant's dossier page shows of the plan being carried out (public for the template only).
 *
 * @param plan null until the merchant approved one
 * @param followed the merchant has an advisor following them, hence a calendar
 * @param surveyOpen the accompaniment is closed and the satisfaction survey not answered yet
 */
public record ProgressStatus(@Nullable MyPlan plan, boolean followed, boolean surveyOpen) {
}
