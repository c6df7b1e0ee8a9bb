package ca.pignon.plan;

import ca.pignon.platform.Refused;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A catalogue file checked without publishing: the catalogue it would be, or its problems, and what it changes. */
public record CataloguePreview(@Nullable ActionCatalogue catalogue, List<Refused.Problem> problems,
		List<String> added, List<String> removed) {
}
