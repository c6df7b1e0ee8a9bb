package ca.pignon.providers;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The brief as the merchant or the advisor writes it, typed: what the work is for, what exists today, what is needed,
 * how to know it is done, the budget and the wished date, the language of service.
 */
public record BriefEdit(String service, String title, String goal, String today, String needs, String doneWhen,
		@Nullable Integer budgetMin, @Nullable Integer budgetMax, @Nullable LocalDate wantedBy, String language) {
}
