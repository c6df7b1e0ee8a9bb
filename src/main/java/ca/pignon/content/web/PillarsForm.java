package ca.pignon.content.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import ca.pignon.content.Pillar;
import ca.pignon.content.PillarChoice;

/** The pillars as typed: each one's name and whether it is kept. */
public class PillarsForm {

	/** One pillar as typed. */
	public static class Row {

		private String name = "";

		private boolean kept = false;

		public String getName() {
			return name;
		}

		public void setName(@Nullable String name) {
			this.name = name == null ? "" : name;
		}

		public boolean isKept() {
			return kept;
		}

		public void setKept(boolean kept) {
			this.kept = kept;
		}

	}

	private List<Row> rows = new ArrayList<>();

	static PillarsForm of(List<Pillar> pillars) {
		PillarsForm form = new PillarsForm();
		for (Pillar pillar : pillars) {
			Row row = new Row();
			row.setName(pillar.name());
			row.setKept(pillar.kept());
			form.rows.add(row);
		}
		return form;
	}

	List<PillarChoice> choices() {
		List<PillarChoice> choices = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			choices.add(new PillarChoice(i, rows.get(i).getName(), rows.get(i).isKept()));
		}
		return choices;
	}

	public List<Row> getRows() {
		return rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = new ArrayList<>(rows);
	}

}
