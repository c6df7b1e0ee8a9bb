package ca.pignon.selection;

import java.time.Instant;
import java.util.List;

/**
 * A version of the selection grid. Versions are immutable: changing the grid creates the next version.
 *
 * @param createdBy who created it ("Pignon" for the shipped grid)
 */
public record Grid(int version, Instant createdAt, String createdBy, List<Criterion> criteria) {

	public List<Criterion> criteria(CriterionGroup group) {
		return criteria.stream().filter(criterion -> criterion.group() == group).toList();
	}

	public List<Criterion> reviewerCriteria() {
		return criteria.stream().filter(criterion -> criterion.kind() == CriterionKind.REVIEWER).toList();
	}

	public int totalWeight() {
		return criteria.stream().mapToInt(Criterion::weight).sum();
	}

}
