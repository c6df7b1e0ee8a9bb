package ca.pignon.content.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import ca.pignon.content.Network;

import static org.assertj.core.api.Assertions.assertThat;

/** The trend chart: one line and one legend per network, a gap for a month without a value, names escaped. */
class FiguresChartTests {

	@Test
	void drawsOneLinePerNetworkWithAGapForAMissingMonth() throws Exception {
		Map<Network, Map<YearMonth, BigDecimal>> values = new EnumMap<>(Network.class);
		YearMonth january = YearMonth.of(2027, 1);
		values.put(Network.INSTAGRAM, new TreeMap<>(Map.of(january, new BigDecimal("2.50"), january.plusMonths(1),
				new BigDecimal("3.00"), january.plusMonths(2), new BigDecimal("4.25"))));
		values.put(Network.FACEBOOK, new TreeMap<>(Map.of(january, new BigDecimal("1.00"), january.plusMonths(2),
				new BigDecimal("1.50"))));
		String svg = FiguresChart.svg(values, Map.of(Network.INSTAGRAM, "Instagram", Network.FACEBOOK, "<Facebook>"),
				"Taux d'engagement & portée", "%");
		assertThat(svg).startsWith("<svg").endsWith("</svg>")
			.contains("<title>Taux d&apos;engagement &amp; portée</title>")
			.contains("&lt;Facebook&gt;")
			.contains("2027-01")
			.contains("2027-03");
		// well-formed XML, as an image must be
		assertThat(javax.xml.parsers.DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.getDocumentElement()
			.getTagName()).isEqualTo("svg");
		// Facebook has no February: two pieces of line; Instagram one
		assertThat(svg.split("<polyline", -1)).hasSize(1 + 1 + 2);
	}

	@Test
	void theScaleTopsAtOneTwoOrFiveTimesAPowerOfTen() {
		assertThat(FiguresChart.niceTop(0)).isEqualTo(1);
		assertThat(FiguresChart.niceTop(4.25)).isEqualTo(5);
		assertThat(FiguresChart.niceTop(5.01)).isEqualTo(10);
		assertThat(FiguresChart.niceTop(12)).isEqualTo(20);
		assertThat(FiguresChart.niceTop(0.3)).isEqualTo(0.5);
	}

}
