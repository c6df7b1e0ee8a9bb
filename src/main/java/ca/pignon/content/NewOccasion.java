package ca.pignon.content;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An occasion staff add for their city.
 * @param nameEn the English name; when empty, the French name serves
 * @param end the last day, or null for one day
 */
public record NewOccasion(String nameFr, String nameEn, String place, @Nullable LocalDate start,
		@Nullable LocalDate end) {
}
