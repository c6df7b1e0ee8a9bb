package ca.pignon.followup.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ca.pignon.diagnostic.DiagnosticKind;
import ca.pignon.diagnostic.DiagnosticManagement;
import ca.pignon.diagnostic.DiagnosticReader;
import ca.pignon.diagnostic.DiagnosticResult;
import ca.pignon.diagnostic.DiagnosticSummary;
import ca.pignon.diagnostic.DimensionResult;
import ca.pignon.diagnostic.QuestionBank;
import ca.pignon.followup.BeforeAfter;
import ca.pignon.followup.DimensionChange;
import ca.pignon.followup.Hours;
import ca.pignon.shared.ApplicationId;
import ca.pignon.plan.ApprovedPlan;
import ca.pignon.plan.Objective;
import ca.pignon.plan.PlanManagement;
import ca.pignon.webaudit.AuditCheck;
import ca.pignon.webaudit.CheckChange;
import ca.pignon.webaudit.CheckStatus;
import ca.pignon.webaudit.WebAudit;
import ca.pignon.webaudit.WebAuditManagement;

/** The before/after of an accompaniment, read from the diagnostic (T0, T1) and the web audit (first, latest run). */
@Component
public class Closings {

	private final DiagnosticManagement diagnostics;

	private final WebAuditManagement audits;

	private final DiagnosticReader results;

	private final PlanManagement plans;

	private final MessageSource messages;

	Closings(DiagnosticManagement diagnostics, DiagnosticReader results, WebAuditManagement audits,
			PlanManagement plans, MessageSource messages) {
		this.diagnostics = diagnostics;
		this.results = results;
		this.audits = audits;
		this.plans = plans;
		this.messages = messages;
	}

	public boolean t1Completed(ApplicationId application) {
		return completed(application, DiagnosticKind.T1).isPresent();
	}

	public BeforeAfter beforeAfter(ApplicationId application, Hours hours, Locale locale) {
		Optional<DiagnosticResult> t0 = completed(application, DiagnosticKind.T0)
			.map(d -> results.result(d.id(), true, locale));
		Optional<DiagnosticResult> t1 = completed(application, DiagnosticKind.T1)
			.map(d -> results.result(d.id(), true, locale));
		Map<String, DimensionResult> before = new HashMap<>();
		t0.ifPresent(result -> result.dimensions().forEach(d -> before.put(d.dimensionId(), d)));
		List<DimensionChange> dimensions = new ArrayList<>();
		for (DimensionResult after : t1.map(DiagnosticResult::dimensions).orElse(List.of())) {
			DimensionResult was = before.get(after.dimensionId());
			dimensions.add(new DimensionChange(after.dimensionId(), after.title(), was == null ? null : was.score(),
					was == null ? null : was.level(), after.score(), after.level()));
		}
		List<WebAudit> history = audits.historyOf(application, locale);
		List<CheckChange> checks = new ArrayList<>();
		if (history.size() >= 2) {
			WebAudit latest = history.get(0);
			WebAudit first = history.get(history.size() - 1);
			Map<String, CheckStatus> was = new HashMap<>();
			first.checks().forEach(check -> was.put(check.id(), check.status()));
			for (AuditCheck check : latest.checks()) {
				checks.add(new CheckChange(check.id(), was.get(check.id()), check.status()));
			}
		}
		return new BeforeAfter(t0.isPresent(), t1.isPresent(), t0.map(r -> r.scores().overall()).orElse(null),
				t0.map(DiagnosticResult::level).orElse(null), t1.map(r -> r.scores().overall()).orElse(null),
				t1.map(DiagnosticResult::level).orElse(null), dimensions,
				history.isEmpty() ? null : history.get(history.size() - 1).fetchedAt(),
				history.isEmpty() ? null : history.get(0).fetchedAt(), checks, hours,
				objectives(application, dimensions, t1.isPresent(), locale));
	}

	/**
	 * The approved plan's objectives, each said reached or not: an objective raises a theme's score to a target by a
	 * date, measured by the T1 diagnostic; before T1 none is judged.
	 */
	private List<String> objectives(ApplicationId application, List<DimensionChange> dimensions, boolean judged,
			Locale locale) {
		Optional<ApprovedPlan> approved = plans.approvedPlanOf(application);
		if (approved.isEmpty() || !judged) {
			return List.of();
		}
		QuestionBank bank = diagnostics.currentBank();
		DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
		Map<String, Integer> after = new HashMap<>();
		dimensions.forEach(d -> {
			if (d.after() != null) {
				after.put(d.dimensionId(), d.after());
			}
		});
		List<String> lines = new ArrayList<>();
		for (Objective objective : approved.get().objectives()) {
			String dimension = bank.dimension(objective.dimensionId())
				.map(d -> d.title().in(locale))
				.orElse(objective.dimensionId());
			Integer score = after.get(objective.dimensionId());
			boolean reached = score != null && score >= objective.targetScore();
			lines.add(messages.getMessage(reached ? "followup.closing.objectiveReached" : "followup.closing.objectiveNotReached",
					new Object[] { dimension, objective.fromScore(), objective.targetScore(),
							score == null ? "—" : score, objective.targetDate().format(dayFormat) },
					locale));
		}
		return lines;
	}

	private Optional<DiagnosticSummary> completed(ApplicationId application, DiagnosticKind kind) {
		return diagnostics.diagnosticsOf(application)
			.stream()
			.filter(d -> d.kind() == kind && d.completed())
			.findFirst();
	}

}
