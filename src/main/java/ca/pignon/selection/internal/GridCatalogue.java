package ca.pignon.selection.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ca.pignon.shared.Actor;
import ca.pignon.platform.DocumentChanged;
import ca.pignon.platform.DocumentKey;
import ca.pignon.platform.DocumentProblem;
import ca.pignon.platform.DocumentShelf;
import ca.pignon.platform.Refused;
import ca.pignon.platform.DocumentRefused;
import ca.pignon.platform.DocumentVersion;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.VersionedDocuments;
import ca.pignon.selection.Criterion;
import ca.pignon.selection.CriterionDefinition;
import ca.pignon.selection.CriterionKind;
import ca.pignon.selection.Grid;
import ca.pignon.selection.SelectionRefused;

/**
 * The grid's versions, kept in platform's store of versioned documents ({@link GridDocument} says how to read one):
 * written once, never changed, read through the store's cache, which is never stale since versions are immutable.
 * The shipped grid ({@link DefaultGrid}) is version 1. The selection's words for the store.
 */
@Component
public class GridCatalogue extends DocumentShelf<GridVersion> {

	/** The selection grid in platform's store of versioned documents. */
	public static final DocumentKey<GridVersion> DOCUMENT = new DocumentKey<>("selection", "grid");

	static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	static final int LABEL_MAX = 200;

	static final int HELP_MAX = 1000;

	private final VersionedDocuments documents;

	private final MessageSource messages;

	GridCatalogue(VersionedDocuments documents, MessageSource messages) {
		super(documents, DOCUMENT);
		this.documents = documents;
		this.messages = messages;
	}

	public int currentVersion() {
		return documents.currentVersion(DOCUMENT);
	}

	/** Every version, the first first. */
	public List<Integer> versions() {
		return published().stream().map(DocumentVersion::version).sorted().toList();
	}

	/** Who published a version, when, and with what note. */
	public DocumentVersion published(int version) {
		return documents.published(DOCUMENT, version);
	}

	/**
	 * Writes the next version.
	 * @param basedOn the version the manager edited: if another was written since, the change is refused
	 */
	public int revise(int basedOn, List<CriterionDefinition> criteria, String note, Actor by) {
		validate(criteria);
		return publish(GridSource.write(criteria), note, RoundCandidates.accountOf(by), basedOn);
	}

	@Override
	protected Refused refusal(DocumentRefused refused) {
		if (refused instanceof DocumentChanged changed) {
			return new SelectionRefused("selection.refused.gridChanged", changed.currentVersion());
		}
		// the grid's rules were checked before publishing: what is left is about the note
		DocumentProblem problem = refused.problems().get(0);
		return SelectionRefused.about(problem.field(), problem.messageKey(), problem.arguments().toArray());
	}

	/** A version as people read it: labels in their language. */
	public Grid grid(GridVersion version, Locale locale) {
		int total = version.totalWeight();
		DocumentVersion published = published(version.version());
		return new Grid(version.version(), published.publishedAt(), published.publishedBy(),
				version.criteria().stream().map(criterion -> view(criterion, total, locale)).toList());
	}

	public Criterion view(CriterionDefinition criterion, int totalWeight, Locale locale) {
		return new Criterion(criterion.code(), criterion.group(), criterion.kind(), criterion.rule(),
				criterion.pointsTable(), criterion.weight(), criterion.max(),
				Scores.maxPoints(criterion.weight(), totalWeight), label(criterion, locale), help(criterion, locale));
	}

	public String label(CriterionDefinition criterion, Locale locale) {
		if (criterion.hasOwnLabels()) {
			return english(locale) && criterion.labelEn() != null ? criterion.labelEn() : criterion.labelFr();
		}
		return messages.getMessage(criterion.labelKey(), null, criterion.code(), locale);
	}

	public String help(CriterionDefinition criterion, Locale locale) {
		if (criterion.hasOwnLabels()) {
			String help = english(locale) && criterion.helpEn() != null ? criterion.helpEn() : criterion.helpFr();
			return help == null ? "" : help;
		}
		return messages.getMessage(criterion.helpKey(), null, "", locale);
	}

	static void validate(List<CriterionDefinition> criteria) {
		if (criteria.isEmpty()) {
			throw new SelectionRefused("selection.grid.empty");
		}
		Set<String> codes = new HashSet<>();
		for (CriterionDefinition criterion : criteria) {
			String code = criterion.code();
			if (!CODE.matcher(code).matches()) {
				throw SelectionRefused.about(code, "selection.grid.code.invalid", code);
			}
			if (!codes.add(code)) {
				throw SelectionRefused.about(code, "selection.grid.code.duplicate", code);
			}
			if (criterion.weight() < 1 || criterion.weight() > 100) {
				throw SelectionRefused.about(code, "selection.grid.weight.invalid", code);
			}
			if (criterion.max() < 1 || criterion.max() > 10) {
				throw SelectionRefused.about(code, "selection.grid.max.invalid", code);
			}
			if (criterion.kind() == CriterionKind.AUTOMATIC) {
				if (criterion.rule() == null) {
					throw SelectionRefused.about(code, "selection.grid.rule.required", code);
				}
				PointsTable.parse(criterion.rule(), criterion.pointsTable(), criterion.max(), code);
			}
			else if (criterion.rule() != null || criterion.pointsTable() != null) {
				throw SelectionRefused.about(code, "selection.grid.rule.notForReviewers", code);
			}
			if (criterion.hasOwnLabels() || !DefaultGrid.isShipped(code)) {
				if (blank(criterion.labelFr()) || blank(criterion.labelEn())) {
					throw SelectionRefused.about(code, "selection.grid.labels.required", code);
				}
				if (criterion.labelFr().strip().length() > LABEL_MAX || criterion.labelEn().strip().length() > LABEL_MAX
						|| length(criterion.helpFr()) > HELP_MAX || length(criterion.helpEn()) > HELP_MAX) {
					throw SelectionRefused.about(code, "selection.grid.labels.tooLong", code);
				}
			}
		}
	}

	private static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static int length(@Nullable String text) {
		return text == null ? 0 : text.strip().length();
	}

}
