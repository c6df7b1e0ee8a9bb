package ca.pignon.reporting.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ca.pignon.reporting.ReportCell;
import ca.pignon.territory.TerritoryMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The charts' geometry: bars to scale, no bar for a suppressed cell; map areas shaded by class, hatched when hidden. */
class ReportChartsTests {

	@Test
	void drawsBarsToTheScaleOfTheLargestPublishedValueAndNoBarForAHiddenOne() {
		var chart = ReportCharts.bars(List.of(Map.entry("Inscrits", cell(40)), Map.entry("Retenus", cell(10)),
				Map.entry("Plans", ReportCell.hidden())));
		assertThat(chart.bars()).extracting(ReportCharts.Bar::label).containsExactly("Inscrits", "Retenus", "Plans");
		long full = chart.bars().get(0).width();
		assertThat(full).isPositive();
		assertThat(chart.bars().get(1).width()).isEqualTo(Math.round(full / 4.0));
		assertThat(chart.bars().get(2).width()).isZero();
		assertThat(chart.bars().get(2).suppressed()).isTrue();
		assertThat(chart.bars().get(2).value()).isNull();
		assertThat(chart.bars().get(0).value()).isEqualTo("40");
		assertThat(chart.viewBox()).isEqualTo("0 0 " + ReportCharts.WIDTH + " " + 3 * ReportCharts.ROW_HEIGHT);
	}

	@Test
	void shadesTheAreasOfTheLayerByClassHatchesTheHiddenOnesAndLeavesTheUncountedWhite() {
		var map = new TerritoryMap("0 0 10 10", List.of(new TerritoryMap.Shape("Québec", "program", "M0 0Z"),
				new TerritoryMap.Shape("A", "sdc", "M1 1Z"), new TerritoryMap.Shape("B", "sdc", "M2 2Z"),
				new TerritoryMap.Shape("C", "sdc", "M3 3Z"), new TerritoryMap.Shape("D", "sdc", "M4 4Z")),
				0, 0, 1, 1);
		Map<String, ReportCell> cells = new LinkedHashMap<>();
		cells.put("A", cell(5));
		cells.put("B", cell(20));
		cells.put("C", ReportCell.hidden());
		var shaded = ReportCharts.shaded(map, "sdc", cells);
		assertThat(shaded.background()).containsExactly("M0 0Z");
		assertThat(shaded.areas()).extracting(area -> area.name() + " " + area.shade() + " " + area.value())
			.containsExactly("A c2 5", "B c4 20", "C hidden null", "D none null");
		assertThat(shaded.legend()).extracting(c -> c.shade() + " " + c.from() + " " + c.to())
			.containsExactly("c2 5 10", "c4 15 20", "hidden null null", "none null null");
	}

	private static ReportCell cell(int value) {
		return ReportCell.shown(BigDecimal.valueOf(value));
	}

}
