package ca.pignon.providers.web;

import java.util.ArrayList;
import java.util.List;

/** A provider's application as typed on the public page. */
public class ApplyForm {

	private String name = "";

	private String neq = "";

	private String contactName = "";

	private String email = "";

	private String phone = "";

	private String website = "";

	private List<String> services = new ArrayList<>();

	private boolean wholeTerritory = true;

	private List<String> municipalities = new ArrayList<>();

	private List<String> languages = new ArrayList<>(List.of("fr"));

	private String priceRange = "";

	private String portfolio = "";

	private String referenceOne = "";

	private String referenceTwo = "";

	private boolean charterAccepted = false;

	public String getName() {
		return name;
	}

	public void setName(@org.jspecify.annotations.Nullable String name) {
		this.name = name == null ? "" : name;
	}

	public String getNeq() {
		return neq;
	}

	public void setNeq(@org.jspecify.annotations.Nullable String neq) {
		this.neq = neq == null ? "" : neq;
	}

	public String getContactName() {
		return contactName;
	}

	public void setContactName(@org.jspecify.annotations.Nullable String contactName) {
		this.contactName = contactName == null ? "" : contactName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(@org.jspecify.annotations.Nullable String email) {
		this.email = email == null ? "" : email;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(@org.jspecify.annotations.Nullable String phone) {
		this.phone = phone == null ? "" : phone;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(@org.jspecify.annotations.Nullable String website) {
		this.website = website == null ? "" : website;
	}

	public List<String> getServices() {
		return services;
	}

	public void setServices(@org.jspecify.annotations.Nullable List<String> services) {
		this.services = services == null ? new ArrayList<>() : services;
	}

	public boolean isWholeTerritory() {
		return wholeTerritory;
	}

	public void setWholeTerritory(boolean wholeTerritory) {
		this.wholeTerritory = wholeTerritory;
	}

	public List<String> getMunicipalities() {
		return municipalities;
	}

	public void setMunicipalities(@org.jspecify.annotations.Nullable List<String> municipalities) {
		this.municipalities = municipalities == null ? new ArrayList<>() : municipalities;
	}

	public List<String> getLanguages() {
		return languages;
	}

	public void setLanguages(@org.jspecify.annotations.Nullable List<String> languages) {
		this.languages = languages == null ? new ArrayList<>() : languages;
	}

	public String getPriceRange() {
		return priceRange;
	}

	public void setPriceRange(@org.jspecify.annotations.Nullable String priceRange) {
		this.priceRange = priceRange == null ? "" : priceRange;
	}

	public String getPortfolio() {
		return portfolio;
	}

	public void setPortfolio(@org.jspecify.annotations.Nullable String portfolio) {
		this.portfolio = portfolio == null ? "" : portfolio;
	}

	public String getReferenceOne() {
		return referenceOne;
	}

	public void setReferenceOne(@org.jspecify.annotations.Nullable String referenceOne) {
		this.referenceOne = referenceOne == null ? "" : referenceOne;
	}

	public String getReferenceTwo() {
		return referenceTwo;
	}

	public void setReferenceTwo(@org.jspecify.annotations.Nullable String referenceTwo) {
		this.referenceTwo = referenceTwo == null ? "" : referenceTwo;
	}

	public boolean isCharterAccepted() {
		return charterAccepted;
	}

	public void setCharterAccepted(boolean charterAccepted) {
		this.charterAccepted = charterAccepted;
	}

}
