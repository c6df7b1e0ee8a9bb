package ca.pignon.dossier;

import java.math.BigDecimal;

import ca.pignon.shared.ApplicationId;

/** One number about one dossier, of a {@link FactKind}. */
public record ReportingFact(ApplicationId dossier, String kind, BigDecimal value) {
}
