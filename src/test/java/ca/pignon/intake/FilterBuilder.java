package ca.pignon.intake;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Staff list filters read as sentences: {@code filter().eligibility(ELIGIBLE).sector("44-45").build()}.
 */
final class FilterBuilder {

	private @Nullable ApplicationStatus status;

	private @Nullable Eligibility eligibility;

	private @Nullable String municipality;

	private @Nullable String arrondissement;

	private @Nullable String sector;

	private @Nullable LocalDate from;

	private @Nullable LocalDate to;

	private @Nullable String text;

	FilterBuilder status(ApplicationStatus status) {
		this.status = status;
		return this;
	}

	FilterBuilder eligibility(Eligibility eligibility) {
		this.eligibility = eligibility;
		return this;
	}

	FilterBuilder municipality(String code) {
		this.municipality = code;
		return this;
	}

	FilterBuilder arrondissement(String code) {
		this.arrondissement = code;
		return this;
	}

	FilterBuilder sector(String code) {
		this.sector = code;
		return this;
	}

	FilterBuilder from(LocalDate from) {
		this.from = from;
		return this;
	}

	FilterBuilder to(LocalDate to) {
		this.to = to;
		return this;
	}

	FilterBuilder text(String text) {
		this.text = text;
		return this;
	}

	ApplicationFilter build() {
		return new ApplicationFilter(status, eligibility, municipality, arrondissement, sector, from, to, text);
	}

}
