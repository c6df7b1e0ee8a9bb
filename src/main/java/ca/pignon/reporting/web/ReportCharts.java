package ca.pignon.reporting.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import ca.pignon.reporting.ReportCell;
import ca.pignon.territory.TerritoryMap;

/**
 * The reports page's pictures, drawn here as SVG geometry for the template (no script, nothing from elsewhere): bar
 * charts of published cells, and a map of areas shaded by one indicator. A suppressed cell is drawn as such (an empty
 * bar, a hatched area), never as a value.
 */
final class ReportCharts {

	/** Width of a chart's drawing, in SVG units; it scales to the page (viewBox, width 100 %). */
	static final int WIDTH = 600;

	static final int ROW_HEIGHT = 52;

	/** Shading classes of a map, lightest first. */
	static final int CLASSES = 4;

	private ReportCharts() {
	}

	/**
	 * One bar: its label above it, its length, and the value written at its end.
	 *
	 * @param value null when suppressed
	 */
	record Bar(String label, @Nullable String value, boolean suppressed, int labelY, int barY, long width) {
	}

	/** A horizontal bar chart: one row per label, bars to scale of the largest published value. */
	record BarChart(String viewBox, List<Bar> bars) {
	}

	/**
	 * @param labelled each label and its cell, in order
	 */
	static BarChart bars(List<Map.Entry<String, ReportCell>> labelled) {
		BigDecimal max = labelled.stream()
			.map(Map.Entry::getValue)
			.filter(cell -> !cell.suppressed() && cell.value() != null)
			.map(cell -> cell.value().abs())
			.max(BigDecimal::compareTo)
			.orElse(BigDecimal.ZERO);
		List<Bar> bars = new ArrayList<>();
		int y = 0;
		int usable = WIDTH - 90;
		for (var entry : labelled) {
			ReportCell cell = entry.getValue();
			boolean hidden = cell.suppressed() || cell.value() == null;
			long width = hidden || max.signum() == 0 ? 0
					: cell.value().abs().multiply(BigDecimal.valueOf(usable)).divide(max, 0, RoundingMode.HALF_UP)
						.longValue();
			bars.add(new Bar(entry.getKey(), hidden ? null : plain(cell.value()), hidden, y + 18, y + 24, width));
			y += ROW_HEIGHT;
		}
		return new BarChart("0 0 " + WIDTH + " " + Math.max(y, ROW_HEIGHT), List.copyOf(bars));
	}

	/**
	 * One area of a shaded map.
	 *
	 * @param shade {@code c1} to {@code c4} (light to dark), {@code hidden} (suppressed, hatched) or {@code none}
	 *     (no business counted)
	 * @param value the published value, null when hidden or none
	 */
	record ShadedArea(String name, String path, String shade, @Nullable String value) {
	}

	/**
	 * A class of the legend.
	 *
	 * @param from lowest value of the class, null for the classes hidden and none
	 * @param to highest value of the class
	 */
	record LegendClass(String shade, @Nullable String from, @Nullable String to) {
	}

	/**
	 * A map of one layer's areas shaded by one indicator.
	 *
	 * @param background the program municipalities, under the areas
	 * @param areas the areas, in the layer's order
	 * @param legend the classes used, lightest first, then hidden and none
	 */
	record ShadedMap(String viewBox, List<String> background, List<ShadedArea> areas, List<LegendClass> legend) {
	}

	/**
	 * @param map the layer's drawing ({@code program} shapes under the layer's shapes)
	 * @param layer the kind of the layer's shapes
	 * @param cells the published cell of each area, by area name; an area without a cell counted no business
	 */
	static ShadedMap shaded(TerritoryMap map, String layer, Map<String, ReportCell> cells) {
		List<BigDecimal> shown = cells.values()
			.stream()
			.filter(cell -> !cell.suppressed() && cell.value() != null)
			.map(ReportCell::value)
			.toList();
		BigDecimal low = shown.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO).min(BigDecimal.ZERO);
		BigDecimal high = shown.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
		List<BigDecimal> bounds = new ArrayList<>();
		BigDecimal step = high.subtract(low).divide(BigDecimal.valueOf(CLASSES), 2, RoundingMode.CEILING);
		for (int i = 0; i <= CLASSES; i++) {
			bounds.add(i == CLASSES ? high : low.add(step.multiply(BigDecimal.valueOf(i))));
		}
		List<String> background = new ArrayList<>();
		List<ShadedArea> areas = new ArrayList<>();
		boolean anyHidden = false;
		boolean anyNone = false;
		boolean[] used = new boolean[CLASSES];
		for (TerritoryMap.Shape shape : map.shapes()) {
			if (!layer.equals(shape.kind())) {
				background.add(shape.path());
				continue;
			}
			ReportCell cell = cells.get(shape.name());
			if (cell == null) {
				anyNone = true;
				areas.add(new ShadedArea(shape.name(), shape.path(), "none", null));
			}
			else if (cell.suppressed() || cell.value() == null) {
				anyHidden = true;
				areas.add(new ShadedArea(shape.name(), shape.path(), "hidden", null));
			}
			else {
				int shade = shade(cell.value(), bounds);
				used[shade] = true;
				areas.add(new ShadedArea(shape.name(), shape.path(), "c" + (shade + 1), plain(cell.value())));
			}
		}
		List<LegendClass> legend = new ArrayList<>();
		for (int i = 0; i < CLASSES; i++) {
			if (used[i]) {
				legend.add(new LegendClass("c" + (i + 1), plain(bounds.get(i)), plain(bounds.get(i + 1))));
			}
		}
		if (anyHidden) {
			legend.add(new LegendClass("hidden", null, null));
		}
		if (anyNone) {
			legend.add(new LegendClass("none", null, null));
		}
		return new ShadedMap(map.viewBox(), List.copyOf(background), List.copyOf(areas), List.copyOf(legend));
	}

	/** The class of a value: the last class whose lower bound it reaches (the top bound belongs to the last class). */
	static int shade(BigDecimal value, List<BigDecimal> bounds) {
		for (int i = CLASSES - 1; i > 0; i--) {
			if (value.compareTo(bounds.get(i)) >= 0 && bounds.get(i).compareTo(bounds.get(i - 1)) > 0) {
				return i;
			}
		}
		return 0;
	}

	static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString().toLowerCase(Locale.ROOT);
	}

}
