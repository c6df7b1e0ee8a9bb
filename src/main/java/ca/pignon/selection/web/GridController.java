package ca.pignon.selection.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.platform.DocumentRow;
import ca.pignon.platform.PignonUser;
import ca.pignon.selection.Criterion;
import ca.pignon.selection.CriterionDefinition;
import ca.pignon.selection.CriterionGroup;
import ca.pignon.selection.CriterionKind;
import ca.pignon.selection.Grid;
import ca.pignon.selection.SelectionManagement;
import ca.pignon.selection.SelectionRefused;

/**
 * The selection grid: the current version explained (what the program publishes), its earlier versions, and the
 * form that writes the next version. Managers only.
 */
@Controller
class GridController {

	private final SelectionManagement selection;

	private final Validator validator;

	GridController(SelectionManagement selection, Validator validator) {
		this.selection = selection;
		this.validator = validator;
	}

	@GetMapping("/selection/grid")
	String current(Locale locale, Model model) {
		Grid grid = selection.currentGrid(locale);
		if (!model.containsAttribute("gridForm")) {
			model.addAttribute("gridForm", GridForm.of(grid.version(), selection.definitionOf(grid.version())));
		}
		return show(grid, true, locale, model);
	}

	@GetMapping("/selection/grid/{version}")
	String version(@PathVariable int version, Locale locale, Model model) {
		Grid grid = selection.grid(version, locale);
		return show(grid, grid.version() == selection.currentGrid(locale).version(), locale, model);
	}

	/**
	 * Writes the next version; "add a criterion" (a button of the same form, for browsers without JavaScript too)
	 * only gives the form one more row and keeps what was typed.
	 */
	@PostMapping("/selection/grid")
	String revise(@AuthenticationPrincipal PignonUser user, @ModelAttribute("gridForm") GridForm form,
			BindingResult errors, @RequestParam(required = false) @Nullable String addCriterion, Locale locale,
			Model model, RedirectAttributes redirect) {
		if (addCriterion != null) {
			form.getCriteria().add(GridForm.Row.added());
			return current(locale, model);
		}
		validator.validate(form, errors);
		if (errors.hasErrors() || form.getBasedOn() == null) {
			return current(locale, model);
		}
		List<CriterionDefinition> stored = selection.definitionOf(form.getBasedOn());
		List<CriterionDefinition> criteria = criteria(form, stored, errors);
		if (errors.hasErrors()) {
			return current(locale, model);
		}
		try {
			selection.reviseGrid(form.getBasedOn(), criteria, form.getNote() == null ? "" : form.getNote(),
					Refusals.actor(user));
			redirect.addFlashAttribute("flash", "selection.grid.revised");
			return "redirect:/selection/grid";
		}
		catch (SelectionRefused refused) {
			Refusals.reject(errors, refused, property(form, refused));
			if (refused.messageKey().equals("selection.refused.gridChanged")) {
				// the form keeps what was typed; retrying writes it on top of the version shown above it
				form.setBasedOn(selection.currentGrid(locale).version());
			}
		}
		return current(locale, model);
	}

	private String show(Grid grid, boolean current, Locale locale, Model model) {
		model.addAttribute("grid", grid);
		model.addAttribute("current", current);
		model.addAttribute("versions", selection.gridVersions()
			.stream()
			.map(version -> new DocumentRow(version, selection.grid(version.version(), locale),
					"/selection/grid/" + version.version()))
			.toList());
		model.addAttribute("groups", CriterionGroup.values());
		Map<String, java.math.BigDecimal> groupPoints = new HashMap<>();
		grid.criteria()
			.forEach(criterion -> groupPoints.merge(criterion.group().name(), criterion.maxPoints(),
					java.math.BigDecimal::add));
		model.addAttribute("groupPoints", groupPoints);
		Map<String, Criterion> byCode = new HashMap<>();
		grid.criteria().forEach(criterion -> byCode.put(criterion.code(), criterion));
		model.addAttribute("criteriaByCode", byCode);
		return "selection/grid";
	}

	/** The rows as definitions, on the version edited; rows that cannot be read are refused next to their field. */
	private static List<CriterionDefinition> criteria(GridForm form, List<CriterionDefinition> stored,
			BindingResult errors) {
		Map<String, CriterionDefinition> byCode = new HashMap<>();
		stored.forEach(definition -> byCode.put(definition.code(), definition));
		List<CriterionDefinition> criteria = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < form.getCriteria().size(); i++) {
			GridForm.Row row = form.getCriteria().get(i);
			String code = row.getCode() == null ? "" : row.getCode().strip();
			CriterionDefinition known = row.isAdded() ? null : byCode.get(code);
			if (!row.isAdded() && known == null) {
				// not a criterion of the version edited, and not one added here: nothing to build it from
				errors.rejectValue("criteria[" + i + "].weight", "selection.gridForm.code.unknown");
				continue;
			}
			if (row.isRemove() && (known == null || known.kind() == CriterionKind.REVIEWER)) {
				continue;
			}
			if (row.isAdded() && !seen.add(code) && !code.isEmpty()) {
				errors.rejectValue("criteria[" + i + "].code", "selection.grid.code.duplicate", new Object[] { code },
						null);
				continue;
			}
			seen.add(code);
			if (GridForm.blankToNull(row.getLabelFr()) == null && row.hasOwnLabels()) {
				errors.rejectValue("criteria[" + i + "].labelFr", "selection.grid.labels.required",
						new Object[] { code }, null);
				continue;
			}
			criteria.add(row.definition(known));
		}
		return criteria;
	}

	/** A refusal about a criterion goes next to the field of its row that it is about. */
	private static @Nullable String property(GridForm form, SelectionRefused refused) {
		if (refused.field() == null) {
			return null;
		}
		if (refused.field().equals("note")) {
			return "note";
		}
		for (int i = 0; i < form.getCriteria().size(); i++) {
			GridForm.Row row = form.getCriteria().get(i);
			if (row.isRemove() || row.getCode() == null || !row.getCode().strip().equals(refused.field())) {
				continue;
			}
			String key = refused.messageKey();
			String field = key.contains(".weight.") ? "weight" : key.contains(".max.") ? "max"
					: key.contains(".points.") || key.contains(".rule.") ? "pointsTable"
							: key.contains(".labels.") ? "labelFr" : row.isAdded() ? "code" : "weight";
			return "criteria[" + i + "]." + field;
		}
		return null;
	}

}
