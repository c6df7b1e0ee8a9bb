package ca.pignon.selection.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import ca.pignon.selection.Criterion;
import ca.pignon.selection.ReviewView;
import ca.pignon.selection.ReviewerScore;
import ca.pignon.selection.ScoreInput;

/**
 * A reviewer's forms: a score and a short justification for each reviewer criterion of the round's grid, saved as a
 * draft then submitted; and the declaration of a conflict of interest.
 */
final class ReviewForms {

	private ReviewForms() {
	}

	public static class Scores {

		private List<Score> scores = new ArrayList<>();

		/** The reviewer's own scores so far, one row per reviewer criterion of the grid, in the grid's order. */
		static Scores of(List<Criterion> criteria, @Nullable ReviewView own) {
			var form = new Scores();
			for (Criterion criterion : criteria) {
				var score = new Score();
				score.code = criterion.code();
				if (own != null) {
					own.scores()
						.stream()
						.filter(given -> given.criterionCode().equals(criterion.code()))
						.findFirst()
						.ifPresent(given -> score.given(given));
				}
				form.scores.add(score);
			}
			return form;
		}

		/** The rows filled in (a draft may leave some empty), as the workflow takes them. */
		List<ScoreInput> inputs() {
			return scores.stream()
				.filter(score -> !score.isEmpty())
				.map(score -> new ScoreInput(score.code == null ? "" : score.code,
						score.value == null ? -1 : score.value,
						score.justification == null ? "" : score.justification.strip()))
				.toList();
		}

		public List<Score> getScores() {
			return scores;
		}

		public void setScores(List<Score> scores) {
			this.scores = scores;
		}

	}

	public static class Score {

		private @Nullable String code;

		private @Nullable Integer value;

		private @Nullable String justification;

		void given(ReviewerScore given) {
			this.value = given.value();
			this.justification = given.justification();
		}

		boolean isEmpty() {
			return value == null && (justification == null || justification.isBlank());
		}

		public @Nullable String getCode() {
			return code;
		}

		public void setCode(@Nullable String code) {
			this.code = code;
		}

		public @Nullable Integer getValue() {
			return value;
		}

		public void setValue(@Nullable Integer value) {
			this.value = value;
		}

		public @Nullable String getJustification() {
			return justification;
		}

		public void setJustification(@Nullable String justification) {
			this.justification = justification;
		}

	}

	public static class Conflict {

		private @Nullable String note;

		public @Nullable String getNote() {
			return note;
		}

		public void setNote(@Nullable String note) {
			this.note = note;
		}

	}

}
