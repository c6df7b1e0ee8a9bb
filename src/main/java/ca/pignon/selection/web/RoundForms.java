package ca.pignon.selection.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import ca.pignon.selection.TeamPlaces;
import ca.pignon.shared.AccountId;

/**
 * The forms of the rounds' pages: opening a round with its advisor teams, offering a freed place, closing. Beans bound
 * through setters: a number of places typed as "dix" is an error next to it, and what was typed stays.
 */
final class RoundForms {

	private RoundForms() {
	}

	public static class Open {

		@NotBlank(message = "{selection.round.name.required}")
		@Size(max = 120, message = "{selection.roundForm.name.tooLong}")
		private @Nullable String name;

		@Valid
		private List<Team> teams = new ArrayList<>(List.of(new Team()));

		/** The teams as the workflow takes them; rows left entirely empty are not teams. */
		List<TeamPlaces> teamPlaces() {
			return teams.stream()
				.filter(team -> !team.isEmpty())
				.map(team -> new TeamPlaces(team.name == null ? "" : team.name.strip(),
						team.places == null ? 0 : team.places,
						new LinkedHashSet<>(team.advisors.stream().map(AccountId::new).toList())))
				.toList();
		}

		public @Nullable String getName() {
			return name;
		}

		public void setName(@Nullable String name) {
			this.name = name;
		}

		public List<Team> getTeams() {
			return teams;
		}

		public void setTeams(List<Team> teams) {
			this.teams = teams;
		}

	}

	public static class Team {

		private @Nullable String name;

		private @Nullable Integer places;

		private List<UUID> advisors = new ArrayList<>();

		boolean isEmpty() {
			return (name == null || name.isBlank()) && places == null && advisors.isEmpty();
		}

		public @Nullable String getName() {
			return name;
		}

		public void setName(@Nullable String name) {
			this.name = name;
		}

		public @Nullable Integer getPlaces() {
			return places;
		}

		public void setPlaces(@Nullable Integer places) {
			this.places = places;
		}

		public List<UUID> getAdvisors() {
			return advisors;
		}

		public void setAdvisors(List<UUID> advisors) {
			this.advisors = advisors;
		}

	}

	/** Offers the freed place: the advisor is optional (the first suggested otherwise). */
	public static class Offer {

		private @Nullable UUID advisor;

		public @Nullable UUID getAdvisor() {
			return advisor;
		}

		public void setAdvisor(@Nullable UUID advisor) {
			this.advisor = advisor;
		}

	}

	/** Closing has nothing to fill in; the form carries its refusals. */
	public static class Close {

	}

}
