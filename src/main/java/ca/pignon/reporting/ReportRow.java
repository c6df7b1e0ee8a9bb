package ca.pignon.reporting;

import java.util.Map;

/**
 * One row of a report: its group (grouping id → value, in the order of the report's groupings) and the value of each
 * indicator (by id, in the indicators' order).
 */
public record ReportRow(Map<String, String> group, Map<String, ReportCell> indicators) {
}
