package ca.pignon.dossier;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/**
 * The merchant's dossier: its facts, kept current by the modules that decide them (each tells the dossier in the
 * transaction of its own decision, so that the dossier is never behind, on any instance), read by id by every module,
 * and the one access rule.
 * <p>
 * Every write is idempotent: telling the dossier the same fact twice changes nothing more.
 */
@Service
@Transactional
public class DossierManagement {

	private final Dossiers dossiers;

	private final ApplicationEventPublisher events;

	DossierManagement(Dossiers dossiers, ApplicationEventPublisher events) {
		this.dossiers = dossiers;
		this.events = events;
	}

	// --- facts, told by the modules that decide them --------------------------------------------------------------

	/** intake: an application was submitted (a dossier opens with its facts). */
	public void submitted(SubmittedApplication application) {
		var known = dossiers.lock(application.applicationId());
		var facts = new Dossiers.Facts(application.applicationId(), application.merchant(),
				application.businessName(), application.naicsCode(), EmployeeBand.of(application.employees()),
				application.eligibility(), known.map(Dossiers.Facts::outcome).orElse(null),
				known.map(Dossiers.Facts::advisor).orElse(null), known.map(Dossiers.Facts::assignedAt).orElse(null),
				known.map(Dossiers.Facts::cohort).orElse(null), known.map(Dossiers.Facts::diagnosedAt).orElse(null),
				known.map(Dossiers.Facts::plannedAt).orElse(null),
				known.map(Dossiers.Facts::accompaniedAt).orElse(null), known.map(Dossiers.Facts::closedAt).orElse(null),
				application.submittedAt());
		dossiers.save(facts, application.areas());
	}

	/** intake: eligibility was decided again (staff overrode it, or placed the storefront again). */
	public void reassessed(ApplicationId application, EligibilityStatus eligibility, List<DossierArea> areas) {
		var facts = facts(application);
		dossiers.save(new Dossiers.Facts(facts.applicationId(), facts.merchant(), facts.businessName(),
				facts.naicsCode(), facts.employeeBand(), eligibility, facts.outcome(), facts.advisor(), facts.assignedAt(),
				facts.cohort(), facts.diagnosedAt(), facts.plannedAt(), facts.accompaniedAt(), facts.closedAt(),
				facts.submittedAt()), areas);
	}

	/**
	 * selection: staff decided in a round, or the merchant withdrew. A merchant no longer retained has no advisor any
	 * more.
	 */
	public void decided(ApplicationId application, UUID cohort, SelectionOutcome outcome) {
		var facts = facts(application);
		boolean retained = outcome == SelectionOutcome.RETAINED;
		dossiers.save(new Dossiers.Facts(facts.applicationId(), facts.merchant(), facts.businessName(),
				facts.naicsCode(), facts.employeeBand(), facts.eligibility(), outcome, retained ? facts.advisor() : null,
				retained ? facts.assignedAt() : null, cohort, facts.diagnosedAt(), facts.plannedAt(),
				facts.accompaniedAt(), facts.closedAt(), facts.submittedAt()));
	}

	/** selection: a retained merchant was assigned to an advisor, or handed over to another one. */
	public void assigned(ApplicationId application, AccountId advisor, Instant at) {
		var facts = facts(application);
		if (advisor.equals(facts.advisor()) && facts.outcome() == SelectionOutcome.RETAINED) {
			return;
		}
		// an assignment is made of a retained merchant only
		dossiers.save(new Dossiers.Facts(facts.applicationId(), facts.merchant(), facts.businessName(),
				facts.naicsCode(), facts.employeeBand(), facts.eligibility(), SelectionOutcome.RETAINED, advisor, at,
				facts.cohort(),
				facts.diagnosedAt(), facts.plannedAt(), facts.accompaniedAt(), facts.closedAt(), facts.submittedAt()));
	}

	/** A later module: a step of the accompaniment happened. The first time counts; telling it again changes nothing. */
	public void reached(ApplicationId application, Milestone milestone, Instant at) {
		var facts = facts(application);
		dossiers.save(new Dossiers.Facts(facts.applicationId(), facts.merchant(), facts.businessName(),
				facts.naicsCode(), facts.employeeBand(), facts.eligibility(), facts.outcome(), facts.advisor(),
				facts.assignedAt(), facts.cohort(), first(facts.diagnosedAt(), milestone, Milestone.DIAGNOSED, at),
				first(facts.plannedAt(), milestone, Milestone.PLANNED, at),
				first(facts.accompaniedAt(), milestone, Milestone.ACCOMPANIED, at),
				first(facts.closedAt(), milestone, Milestone.CLOSED, at), facts.submittedAt()));
	}

	/** follow-up: a closed accompaniment was reopened. */
	public void reopened(ApplicationId application) {
		var facts = facts(application);
		dossiers.save(new Dossiers.Facts(facts.applicationId(), facts.merchant(), facts.businessName(),
				facts.naicsCode(), facts.employeeBand(), facts.eligibility(), facts.outcome(), facts.advisor(),
				facts.assignedAt(), facts.cohort(), facts.diagnosedAt(), facts.plannedAt(), facts.accompaniedAt(), null,
				facts.submittedAt()));
	}

	/** selection: a reviewer was assigned to the application, or no longer reviews it. */
	public void reviewer(ApplicationId application, AccountId reviewer, boolean reviews) {
		facts(application);
		dossiers.reviewer(application, reviewer, reviews);
	}

	/** selection: the areas an advisor covers (program area codes). */
	public void coverage(AccountId advisor, Set<String> areas) {
		dossiers.coverage(advisor, areas);
	}

	// --- reading ----------------------------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public Optional<Dossier> find(ApplicationId application) {
		return dossiers.find(application);
	}

	/** The dossier, which must exist (404 otherwise). */
	@Transactional(readOnly = true)
	public Dossier get(ApplicationId application) {
		return dossiers.find(application).orElseThrow(NotFound::new);
	}

	/** A merchant's dossier, once they submitted their application. */
	@Transactional(readOnly = true)
	public Optional<Dossier> ofMerchant(AccountId merchant) {
		return dossiers.ofMerchant(merchant);
	}

	/** Several dossiers at once (those that exist), for a list's rows. */
	@Transactional(readOnly = true)
	public Map<ApplicationId, Dossier> all(Collection<ApplicationId> applications) {
		return dossiers.all(applications)
			.stream()
			.collect(Collectors.toMap(Dossier::applicationId, Function.identity()));
	}

	/** The business names of these dossiers, for a list's rows. */
	@Transactional(readOnly = true)
	public Map<ApplicationId, String> names(Collection<ApplicationId> applications) {
		return dossiers.all(applications)
			.stream()
			.collect(Collectors.toMap(Dossier::applicationId, Dossier::businessName));
	}

	/** The merchants this advisor accompanies now, the longest accompanied first. */
	@Transactional(readOnly = true)
	public List<Dossier> caseloadOf(AccountId advisor) {
		return dossiers.followedBy(advisor);
	}

	/** Every merchant accompanied now, whoever the advisor. */
	@Transactional(readOnly = true)
	public List<Dossier> accompanied() {
		return dossiers.followed();
	}

	/**
	 * Who accompanies whom now, without the rest of the dossier: the follow-up's dashboard sorts thousands of these.
	 * @param advisor one advisor's, or everyone's when null
	 */
	@Transactional(readOnly = true)
	public List<Assignment> assignments(@Nullable AccountId advisor) {
		return dossiers.assignments(advisor);
	}

	/** The dates retention counts from (decisions, closing), of every dossier. */
	@Transactional(readOnly = true)
	public List<DossierLifecycle> lifecycles() {
		return dossiers.lifecycles();
	}

	/** The dossiers in this sector group (first three digits of NAICS), for peer comparisons. */
	@Transactional(readOnly = true)
	public List<ApplicationId> inSectorGroup(String sectorGroup) {
		return dossiers.idsWhere("naics_code LIKE :prefix", Map.of("prefix", sectorGroup + "%"));
	}

	/** The dossiers in this program area ({@link Dossier#programArea()}), for peer comparisons. */
	@Transactional(readOnly = true)
	public List<ApplicationId> inProgramArea(String areaCode) {
		return dossiers.idsWhere("program_area_code = :code", Map.of("code", areaCode));
	}

	// --- the access rule --------------------------------------------------------------------------------------------

	/** Whether this person may see and act on this dossier's accompaniment (see {@link AccessPolicy}). */
	@Transactional(readOnly = true)
	public boolean mayAccess(PignonUser person, ApplicationId application) {
		return mayAccess(person, application, Need.ACCOMPANIMENT);
	}

	/**
	 * Whether this person may see and act on this dossier for this need (see {@link AccessPolicy}); an application not
	 * submitted yet has no dossier: only managers and administrators may open it, for the application alone.
	 */
	@Transactional(readOnly = true)
	public boolean mayAccess(PignonUser person, ApplicationId application, Need need) {
		Dossier dossier = dossiers.find(application).orElse(null);
		boolean allowed = AccessPolicy.allows(person.role(), person.accountId(), dossier, need, covered(person, need));
		opened(person, application, need, allowed);
		return allowed;
	}

	/**
	 * The dossier, if this person may see and act on its accompaniment; otherwise it does not exist for them (404), so
	 * that guessing ids reveals nothing.
	 */
	@Transactional(readOnly = true)
	public Dossier accessibleTo(PignonUser person, ApplicationId application) {
		Dossier dossier = dossiers.find(application)
			.filter(found -> AccessPolicy.allows(person.role(), person.accountId(), found))
			.orElseThrow(NotFound::new);
		opened(person, application, Need.ACCOMPANIMENT, true);
		return dossier;
	}

	/** Staff let in are told to whoever keeps the access log; a merchant's own reads are theirs. */
	private void opened(PignonUser person, ApplicationId application, Need need, boolean allowed) {
		if (allowed && person.role().isStaff()) {
			events.publishEvent(new DossierOpened(application, person.accountId(), need));
		}
	}

	/** Refuses with 404 whoever may not open this application for this need. */
	@Transactional(readOnly = true)
	public void requireAccess(PignonUser person, ApplicationId application, Need need) {
		if (!mayAccess(person, application, need)) {
			throw new NotFound();
		}
	}

	/**
	 * The applications this person may open for their application alone, for a list; empty when they may open every
	 * one (managers and administrators).
	 */
	@Transactional(readOnly = true)
	public Optional<Set<ApplicationId>> applicationsVisibleTo(PignonUser person) {
		return switch (person.role()) {
			case MANAGER, ADMIN -> Optional.empty();
			case ADVISOR -> Optional.of(Set.copyOf(dossiers.applicationsFor(person.accountId())));
			case MERCHANT -> Optional.of(dossiers.ofMerchant(person.accountId())
				.map(dossier -> Set.of(dossier.applicationId()))
				.orElse(Set.of()));
			case CITY, PROVIDER -> Optional.of(Set.of());
		};
	}

	private Set<String> covered(PignonUser person, Need need) {
		return need == Need.APPLICATION && person.role() == ca.pignon.platform.Role.ADVISOR
				? dossiers.coverageOf(person.accountId()) : Set.of();
	}

	// --- inside ----------------------------------------------------------------------------------------------------

	private Dossiers.Facts facts(ApplicationId application) {
		return dossiers.lock(application)
			.orElseThrow(() -> new IllegalStateException("no dossier for application " + application
					+ ": intake tells the dossier of every submitted application"));
	}

	private static @Nullable Instant first(@Nullable Instant current, Milestone milestone, Milestone expected,
			Instant at) {
		return current != null ? current : milestone == expected ? at : null;
	}

}
