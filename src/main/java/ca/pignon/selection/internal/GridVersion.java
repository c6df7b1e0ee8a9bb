package ca.pignon.selection.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ca.pignon.selection.CriterionDefinition;
import ca.pignon.selection.CriterionKind;

/**
 * A published version of the grid, its points tables read once: what platform's store reads a grid's source into
 * ({@link GridDocument}) and keeps. Immutable. Who published it, and when, is the store's
 * ({@link GridCatalogue#grid}).
 */
public final class GridVersion {

	private final int version;

	private final List<CriterionDefinition> criteria;

	private final Map<String, PointsTable> pointsTables = new LinkedHashMap<>();

	public GridVersion(int version, List<CriterionDefinition> criteria) {
		this.version = version;
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
