package ca.pignon.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.ApplicationId;

/**
 * A dossier as aggregate reporting reads it: where, what sector, what size, how far and when, never who (no account,
 * no name).
 *
 * @param diagnosedAt when the T0 diagnostic was completed
 * @param plannedAt when the merchant first approved a plan
 * @param accompaniedAt when the merchant marked a first action of the plan done
 * @param closedAt when the accompaniment was closed (none when reopened)
 */
public record ReportedDossier(ApplicationId applicationId, List<DossierArea> areas, @Nullable String naicsCode,
		@Nullable EmployeeBand employeeBand, EligibilityStatus eligibility, @Nullable SelectionOutcome outcome,
		@Nullable UUID cohort, DossierStage stage, Instant submittedAt, @Nullable Instant diagnosedAt,
		@Nullable Instant plannedAt, @Nullable Instant accompaniedAt, @Nullable Instant closedAt) {

	public ReportedDossier {
		areas = List.copyOf(areas);
	}

	public Optional<DossierArea> area(String layer) {
		return areas.stream().filter(area -> area.layer().equals(layer)).findFirst();
	}

}
