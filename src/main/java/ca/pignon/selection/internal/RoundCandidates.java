package ca.pignon.selection.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;
import ca.pignon.intake.ApplicationNotFound;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.intake.SelectionInputs;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.AccountSummary;
import ca.pignon.platform.Dates;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.Role;
import ca.pignon.selection.RoundId;
import ca.pignon.selection.SelectionRefused;
import ca.pignon.selection.StaffRef;
import ca.pignon.shared.AccountId;

/**
 * The workflow's guards, shared by every operation: the round exists and is open, the application is eligible today
 * and a candidate of the round, the staff member may review or advise, the dossier is still at the version the staff
 * member saw, and if not, who changed it, when and how.
 */
@Component
public class RoundCandidates {

	/** Pignon itself, for what the rules do (a late eligible application joining the open round). */
	static final Actor PIGNON = Actor.RULES;

	private final IntakeRounds rounds;

	private final Candidates candidates;

	private final IntakeManagement intake;

	private final AccountManagement accounts;

	private final SelectionLog log;

	private final Dates dates;

	private final JdbcClient jdbc;

	RoundCandidates(IntakeRounds rounds, Candidates candidates, IntakeManagement intake, AccountManagement accounts,
			SelectionLog log, Dates dates, JdbcClient jdbc) {
		this.rounds = rounds;
		this.candidates = candidates;
		this.intake = intake;
		this.accounts = accounts;
		this.log = log;
		this.dates = dates;
		this.jdbc = jdbc;
	}

	public IntakeRound round(RoundId id) {
		return rounds.findById(id.value()).orElseThrow(NotFound::new);
	}

	public IntakeRound openRound(RoundId id) {
		IntakeRound round = round(id);
		round.requireOpen();
		return round;
	}

	/**
	 * The round, held until the transaction ends: whoever decides, offers a place or closes the round waits for the
	 * other, so that places are never given twice and nothing is decided in a round closed meanwhile.
	 */
	IntakeRound locked(RoundId id) {
		jdbc.sql("SELECT id FROM selection_round WHERE id = :id FOR UPDATE")
			.param("id", id.value())
			.query(UUID.class)
			.optional()
			.orElseThrow(NotFound::new);
		return round(id);
	}

	IntakeRound lockedOpen(RoundId id) {
		IntakeRound round = locked(id);
		round.requireOpen();
		return round;
	}

	/** The application as intake has it now, refused unless submitted and eligible. */
	public SelectionInputs eligible(ApplicationId application) {
		SelectionInputs inputs = intake.selectionInputs(application).orElseThrow(ApplicationNotFound::new);
		if (!inputs.isCandidate()) {
			throw new SelectionRefused("selection.refused.notEligible", inputs.businessName());
		}
		return inputs;
	}

	public Candidate candidate(IntakeRound round, ApplicationId application) {
		return candidates.findInRound(round.id(), application.value())
			.orElseThrow(() -> new SelectionRefused("selection.refused.notCandidate", round.name()));
	}

	/** Eligible today, then a candidate of the round: the order in which the refusals are the clearest. */
	public Candidate eligibleCandidate(IntakeRound round, ApplicationId application) {
		eligible(application);
		return candidate(round, application);
	}

	/** A reviewer or advisor: an enabled advisor's or manager's account. */
	public StaffRef staff(AccountId id, String refusal) {
		return accounts.find(id)
			.filter(AccountSummary::enabled)
			.filter(account -> account.role() == Role.ADVISOR || account.role() == Role.MANAGER)
			.map(account -> new StaffRef(account.id(), account.displayName()))
			.orElseThrow(() -> new SelectionRefused(refusal, accounts.find(id).map(AccountSummary::displayName)
				.orElse(id.toString())));
	}

	public static AccountId accountOf(Actor actor) {
		if (actor.accountId() == null) {
			throw new IllegalArgumentException("a staff action needs the staff member's account");
		}
		return actor.accountId();
	}

	public void requireVersion(Candidate candidate, long expectedVersion) {
		if (candidate.version() != expectedVersion) {
			throw stale(candidate);
		}
	}

	/** Saves a dossier; a colleague who saved it in between wins, and the refusal says what they did. */
	public Candidate save(Candidate candidate) {
		try {
			return candidates.save(candidate);
		}
		catch (OptimisticLockingFailureException ex) {
			throw stale(candidate);
		}
	}

	SelectionRefused stale(Candidate candidate) {
		Optional<SelectionLog.Line> last = log.lastChange(candidate);
		return last
			.map(line -> new SelectionRefused("selection.refused.staleVersion", line.actorName(),
					dates.dateTime(line.at()), new DefaultMessageSourceResolvable("selection.log." + line.action())))
			.orElseGet(() -> new SelectionRefused("selection.refused.staleVersionUnknown"));
	}

}
