package ca.pignon.content.web;

import org.jspecify.annotations.Nullable;

/** An occasion staff add, as typed. */
public class OccasionForm {

	private String nameFr = "";

	private String nameEn = "";

	private String place = "";

	private String start = "";

	private String end = "";

	public String getNameFr() {
		return nameFr;
	}

	public void setNameFr(@Nullable String nameFr) {
		this.nameFr = nameFr == null ? "" : nameFr;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(@Nullable String nameEn) {
		this.nameEn = nameEn == null ? "" : nameEn;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(@Nullable String place) {
		this.place = place == null ? "" : place;
	}

	public String getStart() {
		return start;
	}

	public void setStart(@Nullable String start) {
		this.start = start == null ? "" : start;
	}

	public String getEnd() {
		return end;
	}

	public void setEnd(@Nullable String end) {
		this.end = end == null ? "" : end;
	}

}
