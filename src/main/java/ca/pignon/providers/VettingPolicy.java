package ca.pignon.providers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ca.pignon.platform.Refused.Problem;

/**
 * A manager approves a provider only with the whole checklist done (NEQ checked, references called, work seen); a
 * refusal and a suspension say why, in words the provider reads. An approval holds a number of months.
 */
final class VettingPolicy {

	static final int REASON_MAX = 2000;

	private VettingPolicy() {
	}

	static List<Problem> problems(Vetting vetting, ProviderStatus current) {
		List<Problem> problems = new ArrayList<>();
		if (vetting.approve()) {
			if (!vetting.neqChecked()) {
				problems.add(Problem.about("neqChecked", "providers.vetting.neqChecked.required"));
			}
			if (!vetting.referencesCalled()) {
				problems.add(Problem.about("referencesCalled", "providers.vetting.referencesCalled.required"));
			}
			if (!vetting.workSeen()) {
				problems.add(Problem.about("workSeen", "providers.vetting.workSeen.required"));
			}
		}
		else if (vetting.reason().isBlank()) {
			problems.add(Problem.about("reason", "providers.vetting.reason.required"));
		}
		if (vetting.reason().length() > REASON_MAX) {
			problems.add(Problem.about("reason", "providers.text.tooLong", REASON_MAX));
		}
		return problems;
	}

	static List<Problem> suspension(String reason, ProviderStatus current) {
		List<Problem> problems = new ArrayList<>();
		if (current != ProviderStatus.APPROVED) {
			problems.add(Problem.about(null, "providers.suspension.notApproved"));
		}
		if (reason.isBlank()) {
			problems.add(Problem.about("reason", "providers.vetting.reason.required"));
		}
		return problems;
	}

	/** The last day an approval given today holds. */
	static LocalDate approvedUntil(LocalDate today, int months) {
		return today.plusMonths(months);
	}

}
