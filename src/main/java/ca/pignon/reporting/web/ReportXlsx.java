package ca.pignon.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import ca.pignon.reporting.Grouping;
import ca.pignon.reporting.Indicator;
import ca.pignon.reporting.IndicatorReport;
import ca.pignon.reporting.ReportCell;
import ca.pignon.reporting.ReportRow;

/**
 * A report as an XLSX workbook (fastexcel, streamed): one sheet, the same columns as the CSV less the
 * {@code <id>-suppressed} ones — one per grouping then one per indicator (the API's ids) — one line per row then the
 * totals (groups "total"). A suppressed cell is empty (never a number, not even zero) and carries a note that says so.
 */
final class ReportXlsx {

	static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String SHEET = "indicators";

	private ReportXlsx() {
	}

	/** The workbook; {@code suppressedNote} is the note of a suppressed cell, in the reader's language. */
	static byte[] write(IndicatorReport report, String suppressedNote) {
		var out = new ByteArrayOutputStream();
		try (var workbook = new Workbook(out, "Pignon", "1.0")) {
			Worksheet sheet = workbook.newWorksheet(SHEET);
			int column = 0;
			for (Grouping grouping : report.groupBy()) {
				sheet.value(0, column++, grouping.id());
			}
			for (Indicator indicator : Indicator.values()) {
				sheet.value(0, column++, indicator.id());
			}
			sheet.range(0, 0, 0, column - 1).style().bold().set();
			int line = 1;
			for (ReportRow row : report.rows()) {
				int c = 0;
				for (String group : row.group().values()) {
					sheet.value(line, c++, group);
				}
				cells(sheet, line++, c, row.indicators(), suppressedNote);
			}
			for (int c = 0; c < report.groupBy().size(); c++) {
				sheet.value(line, c, ReportCsv.TOTAL);
			}
			cells(sheet, line, report.groupBy().size(), report.totals(), suppressedNote);
			sheet.freezePane(report.groupBy().size(), 1);
			sheet.finish();
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void cells(Worksheet sheet, int line, int first, Map<String, ReportCell> cells, String note) {
		int column = first;
		for (Indicator indicator : Indicator.values()) {
			ReportCell cell = cells.get(indicator.id());
			if (cell.suppressed() || cell.value() == null) {
				sheet.comment(line, column, note);
			}
			else {
				sheet.value(line, column, cell.value());
			}
			column++;
		}
	}

}
