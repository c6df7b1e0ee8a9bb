package ca.pignon.plan;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import ca.pignon.diagnostic.DiagnosticId;
import ca.pignon.dossier.Dossier;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.plan.internal.CatalogueShelf;
import ca.pignon.plan.internal.Plans;
import ca.pignon.plan.internal.Plans.PlanRow;
import ca.pignon.plan.internal.Plans.RequestRow;
import ca.pignon.plan.internal.Plans.VersionRow;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.People;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;

/**
 * The plans as {@link PlanManagement} answers about them: where a plan stands, any version as stored, the approved
 * plan, and what happened to it (versions: what changed, who, when, sent, approved; the merchant's requests for
 * changes). Who did something is named as their account is named now (one query for a list); a row written before
 * account ids shows the name it was written with; no account and no name is Pignon's rules.
 */
@Component
class PlanReader {

	private final Plans plans;

	private final CatalogueShelf catalogues;

	private final DossierManagement dossiers;

	private final People people;

	PlanReader(Plans plans, CatalogueShelf catalogues, DossierManagement dossiers, People people) {
		this.plans = plans;
		this.catalogues = catalogues;
		this.dossiers = dossiers;
		this.people = people;
	}

	Optional<PlanSummary> planOf(ApplicationId application) {
		return plans.ofApplication(application.value()).map(this::summary);
	}

	PlanSummary summary(PlanId id) {
		return summary(plans.find(id.value()).orElseThrow(NotFound::new));
	}

	/** The current version when {@code version} is null. */
	PlanVersion version(PlanId id, @Nullable Integer version) {
		PlanRow row = plans.find(id.value()).orElseThrow(NotFound::new);
		int wanted = version == null ? row.currentVersion() : version;
		PlanContent content = plans.version(row.id(), wanted).orElseThrow(NotFound::new).content();
		return new PlanVersion(summary(row), wanted, content, approval(row.id(), wanted).orElse(null));
	}

	/** The catalogue actions not in the current version, from its catalogue version. */
	List<CatalogueAction> addableActions(PlanId id) {
		PlanContent content = version(id, null).content();
		Set<String> inPlan = new LinkedHashSet<>(content.items().stream().map(PlanItem::key).toList());
		return catalogues.version(content.catalogueVersion())
			.actions()
			.stream()
			.filter(a -> !inPlan.contains(a.id()))
			.toList();
	}

	Optional<ApprovedPlan> approvedPlanOf(ApplicationId application) {
		return plans.ofApplication(application.value()).filter(row -> row.approvedVersion() != null).map(row -> {
			int version = row.approvedVersion();
			PlanContent content = plans.version(row.id(), version).orElseThrow().content();
			return ApprovedPlan.of(new PlanId(row.id()), application, version,
					approval(row.id(), version).orElseThrow().approvedAt(), content,
					catalogues.version(content.catalogueVersion()));
		});
	}

	/** Every version, newest first. */
	List<PlanHistoryEntry> history(PlanId id, Locale locale) {
		PlanRow row = plans.find(id.value()).orElseThrow(NotFound::new);
		Map<Integer, PlanApproval> approvals = new LinkedHashMap<>();
		plans.approvals(row.id())
			.forEach(a -> approvals.put(a.version(), new PlanApproval(a.version(), a.typedName(), a.approvedAt())));
		// a version was sent when it is the sent one, or when it was approved or asked about
		Set<Integer> sent = new LinkedHashSet<>(approvals.keySet());
		plans.requests(row.id()).forEach(r -> sent.add(r.version()));
		if (row.sentVersion() != null) {
			sent.add(row.sentVersion());
		}
		List<VersionRow> versions = plans.versions(row.id());
		Map<AccountId, String> names = names(versions.stream().map(VersionRow::createdBy), locale);
		return versions.stream()
			.map(v -> new PlanHistoryEntry(v.version(), v.changeKey(), v.changeDetail(), v.createdAt(),
					name(v.createdBy(), v.createdByName(), names, locale), sent.contains(v.version()),
					approvals.get(v.version())))
			.toList();
	}

	/** The versions made after {@code version}, newest first: what a stale page missed. */
	List<PlanHistoryEntry> since(PlanId id, int version, Locale locale) {
		return history(id, locale).stream().filter(entry -> entry.version() > version).toList();
	}

	/** The merchant's requests for changes, newest first. */
	List<ChangeRequest> changeRequests(PlanId id, Locale locale) {
		List<RequestRow> requests = plans.requests(id.value());
		Map<AccountId, String> names = names(requests.stream().map(RequestRow::requestedBy), locale);
		return requests.stream()
			.map(r -> new ChangeRequest(r.version(), r.comment(), r.requestedAt(),
					name(r.requestedBy(), r.requestedByName(), names, locale)))
			.toList();
	}

	private Optional<PlanApproval> approval(UUID plan, int version) {
		return plans.approvals(plan)
			.stream()
			.filter(a -> a.version() == version)
			.findFirst()
			.map(a -> new PlanApproval(a.version(), a.typedName(), a.approvedAt()));
	}

	private PlanSummary summary(PlanRow row) {
		ApplicationId application = new ApplicationId(row.applicationId());
		return new PlanSummary(new PlanId(row.id()), application, new AccountId(row.merchantAccount()),
				dossiers.find(application).map(Dossier::businessName).orElse(""), new DiagnosticId(row.diagnosticId()),
				row.status(), row.currentVersion(), row.sentVersion(), row.approvedVersion());
	}

	private Map<AccountId, String> names(Stream<@Nullable UUID> accounts, Locale locale) {
		return people.namesOf(accounts.filter(Objects::nonNull).map(AccountId::new).distinct().toList(), locale);
	}

	private String name(@Nullable UUID account, @Nullable String legacyName, Map<AccountId, String> names,
			Locale locale) {
		if (account != null) {
			return names.get(new AccountId(account));
		}
		return legacyName != null ? legacyName : people.nameOf(Actor.RULES, locale);
	}

}
