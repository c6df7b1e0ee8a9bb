package ca.pignon.selection.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ca.pignon.selection.CriterionDefinition;
import ca.pignon.selection.CriterionKind;

/**
 * A stored version of the grid, its points tables read once. Immutable.
 */
public final class GridVersion {

	private final int version;

	private final Instant createdAt;

	private final String createdBy;

	private final List<CriterionDefinition> criteria;

	private final Map<String, PointsTable> pointsTables = new LinkedHashMap<>();

	public GridVersion(int version, Instant createdAt, String createdBy, List<CriterionDefinition> criteria) {
		this.version = version;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.criteria = List.copyOf(criteria);
		for (CriterionDefinition criterion : criteria) {
			if (criterion.kind() == CriterionKind.AUTOMATIC && criterion.rule() != null) {
				pointsTables.put(criterion.code(), PointsTable.parse(criterion.rule(), criterion.pointsTable(),
						criterion.max(), criterion.code()));
			}
		}
	}

	public int version() {
		return version;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public String createdBy() {
		return createdBy;
	}

	public List<CriterionDefinition> criteria() {
		return criteria;
	}

	public List<CriterionDefinition> reviewerCriteria() {
		return criteria.stream().filter(criterion -> criterion.kind() == CriterionKind.REVIEWER).toList();
	}

	public Optional<CriterionDefinition> criterion(String code) {
		return criteria.stream().filter(criterion -> criterion.code().equals(code)).findFirst();
	}

	public int totalWeight() {
		return criteria.stream().mapToInt(CriterionDefinition::weight).sum();
	}

	PointsTable pointsTable(String code) {
		return pointsTables.get(code);
	}

}
