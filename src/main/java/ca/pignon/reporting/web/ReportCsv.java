package ca.pignon.reporting.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import ca.pignon.reporting.Grouping;
import ca.pignon.reporting.Indicator;
import ca.pignon.reporting.IndicatorReport;
import ca.pignon.reporting.ReportCell;
import ca.pignon.reporting.ReportRow;

/**
 * A report as CSV (RFC 4180, UTF-8): one column per grouping then one per indicator (the API's ids), one line per row
 * then the totals (groups "total"); a suppressed cell is empty, and its column {@code <id>-suppressed} says "true".
 */
final class ReportCsv {

	static final String TOTAL = "total";

	private ReportCsv() {
	}

	static String write(IndicatorReport report) {
		List<String> header = new ArrayList<>();
		report.groupBy().forEach(grouping -> header.add(grouping.id()));
		for (Indicator indicator : Indicator.values()) {
			header.add(indicator.id());
			header.add(indicator.id() + "-suppressed");
		}
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
			for (ReportRow row : report.rows()) {
				List<Object> line = new ArrayList<>(row.group().values());
				cells(line, row.indicators());
				csv.printRecord(line);
			}
			List<Object> totals = new ArrayList<>();
			for (Grouping ignored : report.groupBy()) {
				totals.add(TOTAL);
			}
			cells(totals, report.totals());
			csv.printRecord(totals);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static void cells(List<Object> line, java.util.Map<String, ReportCell> cells) {
		for (Indicator indicator : Indicator.values()) {
			ReportCell cell = cells.get(indicator.id());
			line.add(cell.suppressed() ? "" : cell.value().toPlainString());
			line.add(cell.suppressed());
		}
	}

}
