package ca.pignon.providers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.ApplicationId;

/**
 * A brief with its shortlist: what is asked, to whom, the draw that ordered the shortlist (its seed, so that it can be
 * checked), the weights of the merchant's criteria and, once made, the merchant's choice and why.
 */
public record BriefDetails(BriefId id, ApplicationId application, String actionKey, String businessName,
		String service, String title, String goal, String today, String needs, String doneWhen,
		@Nullable Integer budgetMin, @Nullable Integer budgetMax, @Nullable LocalDate wantedBy, String language,
		BriefStatus status, boolean shareContact, @Nullable LocalDate answerBy, @Nullable Instant sentAt,
		@Nullable Long drawSeed, @Nullable Instant drawnAt, Map<Criterion, Integer> weights,
		List<ShortlistEntry> shortlist, @Nullable ShortlistEntry chosen, @Nullable String choiceReason,
		@Nullable Instant chosenAt, long version) {

	public List<ShortlistEntry> active() {
		return shortlist.stream().filter(ShortlistEntry::active).toList();
	}

	public List<ShortlistEntry> answered() {
		return active().stream().filter(entry -> entry.quote() != null).toList();
	}

	public boolean draft() {
		return status == BriefStatus.DRAFT;
	}

}
