package ca.pignon.content.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import ca.pignon.content.ValueQuestions;
import ca.pignon.content.ValueSheet;
import ca.pignon.content.ValueSheet.CustomerProfile;

/** The value work as typed: the answers, then the result; five rows of differentiators and three profiles. */
public class ValueForm {

	static final int DIFFERENTIATOR_ROWS = 5;

	static final int PROFILE_ROWS = 3;

	/** One customer profile as typed. */
	public static class ProfileForm {

		private String name = "";

		private String description = "";

		public String getName() {
			return name;
		}

		public void setName(@Nullable String name) {
			this.name = name == null ? "" : name;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(@Nullable String description) {
			this.description = description == null ? "" : description;
		}

	}

	private Map<String, String> answers = new LinkedHashMap<>();

	private String statement = "";

	private List<String> differentiators = new ArrayList<>();

	private List<ProfileForm> profiles = new ArrayList<>();

	private String tone = "";

	private String wordsToUse = "";

	private String wordsToAvoid = "";

	public ValueForm() {
		pad();
	}

	static ValueForm of(ValueSheet sheet) {
		ValueForm form = new ValueForm();
		for (String question : ValueQuestions.IDS) {
			form.answers.put(question, sheet.answer(question));
		}
		form.statement = sheet.statement();
		form.differentiators = new ArrayList<>(sheet.differentiators());
		form.profiles = new ArrayList<>();
		for (CustomerProfile profile : sheet.profiles()) {
			ProfileForm row = new ProfileForm();
			row.setName(profile.name());
			row.setDescription(profile.description());
			form.profiles.add(row);
		}
		form.tone = sheet.tone();
		form.wordsToUse = sheet.wordsToUse();
		form.wordsToAvoid = sheet.wordsToAvoid();
		form.pad();
		return form;
	}

	/** The sheet typed: texts stripped, empty rows left out. */
	ValueSheet toSheet() {
		Map<String, String> typed = new LinkedHashMap<>();
		answers.forEach((question, answer) -> {
			if (answer != null && !answer.isBlank()) {
				typed.put(question, answer.strip());
			}
		});
		List<String> lines = differentiators.stream()
			.map(d -> d == null ? "" : d.strip())
			.filter(d -> !d.isEmpty())
			.toList();
		List<CustomerProfile> written = profiles.stream()
			.map(p -> new CustomerProfile(p.getName().strip(), p.getDescription().strip()))
			.filter(p -> !p.blank())
			.toList();
		return new ValueSheet(typed, statement.strip(), lines, written, tone.strip(), wordsToUse.strip(),
				wordsToAvoid.strip());
	}

	/** Enough empty rows to type in, and an entry for every question. */
	void pad() {
		for (String question : ValueQuestions.IDS) {
			answers.putIfAbsent(question, "");
		}
		while (differentiators.size() < DIFFERENTIATOR_ROWS) {
			differentiators.add("");
		}
		while (profiles.size() < PROFILE_ROWS) {
			profiles.add(new ProfileForm());
		}
	}

	public Map<String, String> getAnswers() {
		return answers;
	}

	public void setAnswers(Map<String, String> answers) {
		this.answers = new LinkedHashMap<>(answers);
	}

	public String getStatement() {
		return statement;
	}

	public void setStatement(@Nullable String statement) {
		this.statement = statement == null ? "" : statement;
	}

	public List<String> getDifferentiators() {
		return differentiators;
	}

	public void setDifferentiators(List<String> differentiators) {
		this.differentiators = new ArrayList<>(differentiators);
	}

	public List<ProfileForm> getProfiles() {
		return profiles;
	}

	public void setProfiles(List<ProfileForm> profiles) {
		this.profiles = new ArrayList<>(profiles);
	}

	public String getTone() {
		return tone;
	}

	public void setTone(@Nullable String tone) {
		this.tone = tone == null ? "" : tone;
	}

	public String getWordsToUse() {
		return wordsToUse;
	}

	public void setWordsToUse(@Nullable String wordsToUse) {
		this.wordsToUse = wordsToUse == null ? "" : wordsToUse;
	}

	public String getWordsToAvoid() {
		return wordsToAvoid;
	}

	public void setWordsToAvoid(@Nullable String wordsToAvoid) {
		this.wordsToAvoid = wordsToAvoid == null ? "" : wordsToAvoid;
	}

}
