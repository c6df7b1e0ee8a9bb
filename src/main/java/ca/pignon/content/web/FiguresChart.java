package ca.pignon.content.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import ca.pignon.content.Network;

/**
 * The trend chart of the figures' page, drawn on the server as SVG (no script): one line per network of a value by
 * month (the engagement rate by reach), each network with its own mark and dash so that colour is never the only
 * difference; the data table beside it holds the same values.
 */
final class FiguresChart {

	static final int WIDTH = 340;

	static final int HEIGHT = 220;

	private static final int LEFT = 44;

	private static final int RIGHT = 12;

	private static final int TOP = 16;

	private static final int BOTTOM = 40;

	private static final String[] COLOURS = { "#1f4e8c", "#a3390d", "#22663a", "#6a3d9a", "#5c5c00" };

	private static final String[] DASHES = { "", "6 3", "2 3", "8 3 2 3", "1 1" };

	private FiguresChart() {
	}

	/**
	 * @param values each network's value of each month (a month without one is a gap in its line)
	 * @param names each network's name as shown
	 * @param title the chart's accessible name
	 */
	static String svg(Map<Network, Map<YearMonth, BigDecimal>> values, Map<Network, String> names, String title,
			String unit) {
		List<YearMonth> months = new ArrayList<>(new TreeSet<>(values.values()
			.stream()
			.flatMap(m -> m.keySet().stream())
			.toList()));
		BigDecimal max = values.values()
			.stream()
			.flatMap(m -> m.values().stream())
			.max(BigDecimal::compareTo)
			.orElse(BigDecimal.ONE);
		double top = niceTop(max.doubleValue());
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" width=\"" + WIDTH + "\" height=\"" + HEIGHT + "\"><title>")
			.append(xml(title))
			.append("</title>");
		int plotWidth = WIDTH - LEFT - RIGHT;
		int plotHeight = HEIGHT - TOP - BOTTOM;
		// the axes and the scale: 0, half and the top, in the unit given
		for (int i = 0; i <= 2; i++) {
			double value = top * i / 2;
			double y = TOP + plotHeight - plotHeight * i / 2.0;
			svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
				.append("\" y1=\"").append(fmt(y)).append("\" y2=\"").append(fmt(y))
				.append("\" stroke=\"#767676\" stroke-width=\"").append(i == 0 ? "1" : "0.5").append("\"/>");
			svg.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(fmt(y + 4))
				.append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#333\">")
				.append(xml(fmt(value) + " " + unit)).append("</text>");
		}
		for (int i = 0; i < months.size(); i++) {
			double x = x(i, months.size(), plotWidth);
			if (months.size() <= 6 || i % ((months.size() + 5) / 6) == 0 || i == months.size() - 1) {
				svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
					.append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#333\">")
					.append(months.get(i)).append("</text>");
			}
		}
		int n = 0;
		int legendY = HEIGHT - 6;
		int legendX = LEFT;
		for (Map.Entry<Network, Map<YearMonth, BigDecimal>> line : values.entrySet()) {
			String colour = COLOURS[n % COLOURS.length];
			String dash = DASHES[n % DASHES.length];
			StringBuilder points = new StringBuilder();
			for (int i = 0; i < months.size(); i++) {
				BigDecimal value = line.getValue().get(months.get(i));
				if (value == null) {
					path(svg, points, colour, dash);
					points.setLength(0);
					continue;
				}
				double x = x(i, months.size(), plotWidth);
				double y = TOP + plotHeight - plotHeight * (value.doubleValue() / top);
				points.append(fmt(x)).append(',').append(fmt(y)).append(' ');
				mark(svg, n, x, y, colour);
			}
			path(svg, points, colour, dash);
			String name = xml(names.getOrDefault(line.getKey(), line.getKey().name()));
			mark(svg, n, legendX + 4, legendY - 4, colour);
			svg.append("<text x=\"").append(legendX + 12).append("\" y=\"").append(legendY)
				.append("\" font-size=\"11\" fill=\"#333\">").append(name).append("</text>");
			legendX += 12 + name.length() * 6 + 12;
			n++;
		}
		return svg.append("</svg>").toString();
	}

	/** The scale's top: the largest value rounded up to 1, 2 or 5 times a power of ten (1 when all are zero). */
	static double niceTop(double max) {
		if (max <= 0) {
			return 1;
		}
		double power = Math.pow(10, Math.floor(Math.log10(max)));
		for (double step : new double[] { 1, 2, 5, 10 }) {
			if (max <= step * power) {
				return step * power;
			}
		}
		return 10 * power;
	}

	private static double x(int i, int count, int plotWidth) {
		return count == 1 ? LEFT + plotWidth / 2.0 : LEFT + plotWidth * i / (double) (count - 1);
	}

	private static void path(StringBuilder svg, StringBuilder points, String colour, String dash) {
		if (points.isEmpty()) {
			return;
		}
		svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"");
		if (!dash.isEmpty()) {
			svg.append(" stroke-dasharray=\"").append(dash).append('"');
		}
		svg.append(" points=\"").append(points.toString().strip()).append("\"/>");
	}

	private static void mark(StringBuilder svg, int n, double x, double y, String colour) {
		switch (n % 3) {
			case 0 -> svg.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
				.append("\" r=\"3.5\" fill=\"").append(colour).append("\"/>");
			case 1 -> svg.append("<rect x=\"").append(fmt(x - 3.5)).append("\" y=\"").append(fmt(y - 3.5))
				.append("\" width=\"7\" height=\"7\" fill=\"").append(colour).append("\"/>");
			default -> svg.append("<polygon points=\"").append(fmt(x)).append(',').append(fmt(y - 4.5)).append(' ')
				.append(fmt(x + 4.5)).append(',').append(fmt(y + 3.5)).append(' ').append(fmt(x - 4.5)).append(',')
				.append(fmt(y + 3.5)).append("\" fill=\"").append(colour).append("\"/>");
		}
	}

	/** XML text: only the five characters XML reserves are escaped (HTML's named entities are not XML). */
	static String xml(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&apos;");
	}

	private static String fmt(double value) {
		String text = String.format(Locale.ROOT, "%.1f", value);
		return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
	}

}
