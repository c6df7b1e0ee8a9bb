package ca.pignon.selection.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import ca.pignon.selection.RoundId;
import ca.pignon.selection.RoundStatus;
import ca.pignon.selection.SelectionRefused;
import ca.pignon.shared.AccountId;

/**
 * An intake round (a cohort): its advisor teams and their places, the grid version it scores with, open then closed.
 */
@Table("selection_round")
public class IntakeRound {

	@Id
	private final UUID id;

	private final String name;

	private RoundStatus status;

	private final int gridVersion;

	private final Instant openedAt;

	private final UUID openedById;

	private @Nullable Instant closedAt;

	private @Nullable UUID closedById;

	@Version
	private @Nullable Long version;

	@MappedCollection(idColumn = "round_id")
	private final Set<RoundTeam> teams;

	@MappedCollection(idColumn = "round_id")
	private final Set<RoundTeamMember> members;

	IntakeRound(UUID id, String name, RoundStatus status, int gridVersion, Instant openedAt, UUID openedById,
			@Nullable Instant closedAt, @Nullable UUID closedById, @Nullable Long version, Set<RoundTeam> teams,
			Set<RoundTeamMember> members) {
		this.id = id;
		this.name = name;
		this.status = status;
		this.gridVersion = gridVersion;
		this.openedAt = openedAt;
		this.openedById = openedById;
		this.closedAt = closedAt;
		this.closedById = closedById;
		this.version = version;
		this.teams = new HashSet<>(teams);
		this.members = new HashSet<>(members);
	}

	static IntakeRound open(String name, int gridVersion, Set<RoundTeam> teams, Set<RoundTeamMember> members,
			AccountId by, Instant now) {
		return new IntakeRound(UUID.randomUUID(), name, RoundStatus.OPEN, gridVersion, now, by.value(), null, null,
				null, teams, members);
	}

	void close(AccountId by, Instant now) {
		requireOpen();
		this.status = RoundStatus.CLOSED;
		this.closedAt = now;
		this.closedById = by.value();
	}

	void requireOpen() {
		if (status != RoundStatus.OPEN) {
			throw new SelectionRefused("selection.refused.roundClosed", name);
		}
	}

	public RoundId roundId() {
		return new RoundId(id);
	}

	UUID id() {
		return id;
	}

	public String name() {
		return name;
	}

	public RoundStatus status() {
		return status;
	}

	public int gridVersion() {
		return gridVersion;
	}

	Instant openedAt() {
		return openedAt;
	}

	AccountId openedBy() {
		return new AccountId(openedById);
	}

	@Nullable Instant closedAt() {
		return closedAt;
	}

	@Nullable AccountId closedBy() {
		return closedById == null ? null : new AccountId(closedById);
	}

	long version() {
		return version == null ? 0 : version;
	}

	/** Teams in a stable order: by name. */
	List<RoundTeam> teams() {
		return teams.stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
	}

	List<RoundTeamMember> members(String team) {
		return members.stream()
			.filter(member -> member.teamName().equals(team))
			.sorted((a, b) -> a.advisorName().compareToIgnoreCase(b.advisorName()))
			.toList();
	}

	Optional<RoundTeamMember> member(AccountId advisor) {
		return members.stream().filter(member -> member.advisorId().equals(advisor.value())).findFirst();
	}

	Set<RoundTeamMember> members() {
		return Set.copyOf(members);
	}

	int places() {
		return teams.stream().mapToInt(RoundTeam::places).sum();
	}

	int places(String team) {
		return teams.stream().filter(t -> t.name().equals(team)).mapToInt(RoundTeam::places).sum();
	}

}
