package ca.pignon.selection.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import ca.pignon.selection.CriterionDefinition;
import ca.pignon.selection.CriterionGroup;
import ca.pignon.selection.CriterionKind;

/**
 * The grid as a manager edits it into its next version: every criterion's weight, scale, points table and labels,
 * reviewer criteria added or removed. A bean bound through setters, so that a weight typed as "dix" comes back as an
 * error next to it rather than losing the whole form.
 */
public class GridForm {

	@NotNull
	private @Nullable Integer basedOn;

	@Valid
	private List<Row> criteria = new ArrayList<>();

	/** What the new version changes, kept with it in the versions' history. */
	private @Nullable String note;

	static GridForm of(int version, List<CriterionDefinition> definitions) {
		var form = new GridForm();
		form.basedOn = version;
		definitions.forEach(definition -> form.criteria.add(Row.of(definition)));
		return form;
	}

	public @Nullable Integer getBasedOn() {
		return basedOn;
	}

	public void setBasedOn(@Nullable Integer basedOn) {
		this.basedOn = basedOn;
	}

	public @Nullable String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}

	public List<Row> getCriteria() {
		return criteria;
	}

	public void setCriteria(List<Row> criteria) {
		this.criteria = criteria;
	}

	/** One criterion. Its kind and rule are never taken from the form: they come from the version edited. */
	public static class Row {

		private @Nullable String code;

		/** A reviewer criterion the manager is adding in this form: its code may still be typed. */
		private boolean added;

		private boolean remove;

		private @Nullable CriterionGroup group;

		@NotNull(message = "{selection.gridForm.weight.required}")
		private @Nullable Integer weight;

		@NotNull(message = "{selection.gridForm.max.required}")
		private @Nullable Integer max;

		private @Nullable String pointsTable;

		private @Nullable String labelFr;

		private @Nullable String labelEn;

		private @Nullable String helpFr;

		private @Nullable String helpEn;

		static Row of(CriterionDefinition definition) {
			var row = new Row();
			row.code = definition.code();
			row.group = definition.group();
			row.weight = definition.weight();
			row.max = definition.max();
			row.pointsTable = definition.pointsTable();
			row.labelFr = definition.labelFr();
			row.labelEn = definition.labelEn();
			row.helpFr = definition.helpFr();
			row.helpEn = definition.helpEn();
			return row;
		}

		static Row added() {
			var row = new Row();
			row.added = true;
			row.group = CriterionGroup.ENGAGEMENT;
			row.max = 4;
			return row;
		}

		/** The definition this row describes, on the stored one when the criterion exists already. */
		CriterionDefinition definition(@Nullable CriterionDefinition stored) {
			CriterionKind kind = stored == null ? CriterionKind.REVIEWER : stored.kind();
			boolean automatic = kind == CriterionKind.AUTOMATIC;
			return new CriterionDefinition(code == null ? "" : code.strip(),
					group != null ? group : stored != null ? stored.group() : CriterionGroup.ENGAGEMENT, kind,
					automatic ? stored.rule() : null, automatic ? blankToNull(pointsTable) : null,
					weight == null ? 0 : weight, max == null ? 0 : max, blankToNull(labelFr), blankToNull(labelEn),
					blankToNull(helpFr), blankToNull(helpEn));
		}

		boolean hasOwnLabels() {
			return blankToNull(labelFr) != null || blankToNull(labelEn) != null || blankToNull(helpFr) != null
					|| blankToNull(helpEn) != null;
		}

		public @Nullable String getCode() {
			return code;
		}

		public void setCode(@Nullable String code) {
			this.code = code;
		}

		public boolean isAdded() {
			return added;
		}

		public void setAdded(boolean added) {
			this.added = added;
		}

		public boolean isRemove() {
			return remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

		public @Nullable CriterionGroup getGroup() {
			return group;
		}

		public void setGroup(@Nullable CriterionGroup group) {
			this.group = group;
		}

		public @Nullable Integer getWeight() {
			return weight;
		}

		public void setWeight(@Nullable Integer weight) {
			this.weight = weight;
		}

		public @Nullable Integer getMax() {
			return max;
		}

		public void setMax(@Nullable Integer max) {
			this.max = max;
		}

		public @Nullable String getPointsTable() {
			return pointsTable;
		}

		public void setPointsTable(@Nullable String pointsTable) {
			this.pointsTable = pointsTable;
		}

		public @Nullable String getLabelFr() {
			return labelFr;
		}

		public void setLabelFr(@Nullable String labelFr) {
			this.labelFr = labelFr;
		}

		public @Nullable String getLabelEn() {
			return labelEn;
		}

		public void setLabelEn(@Nullable String labelEn) {
			this.labelEn = labelEn;
		}

		public @Nullable String getHelpFr() {
			return helpFr;
		}

		public void setHelpFr(@Nullable String helpFr) {
			this.helpFr = helpFr;
		}

		public @Nullable String getHelpEn() {
			return helpEn;
		}

		public void setHelpEn(@Nullable String helpEn) {
			this.helpEn = helpEn;
		}

	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
