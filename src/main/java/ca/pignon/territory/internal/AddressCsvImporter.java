package ca.pignon.territory.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;

import ca.pignon.shared.GeoPoint;

/**
 * Loads the address index from a CSV file whose delimiter, encoding and column names are configuration: the shipped
 * list of public places and the City's full address file go through the same code.
 */
public final class AddressCsvImporter {

	private static final Logger log = LoggerFactory.getLogger(AddressCsvImporter.class);

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private final TerritorySettings.Addresses settings;

	public AddressCsvImporter(TerritorySettings.Addresses settings) {
		this.settings = settings;
		if (settings.delimiter().length() != 1) {
			throw new IllegalStateException("pignon.territory.addresses.delimiter must be one character, not '"
					+ settings.delimiter() + "'");
		}
	}

	/**
	 * @param file the CSV file
	 * @param locator where each address is
	 * @return the index of the file's addresses; rows without a street or valid coordinates are skipped
	 */
	public AddressIndex load(Resource file, Function<GeoPoint, BoundaryIndex.Areas> locator) {
		var format = CSVFormat.DEFAULT.builder()
			.setDelimiter(settings.delimiter().charAt(0))
			.setHeader()
			.setSkipHeaderRecord(true)
			.setTrim(true)
			.setIgnoreEmptyLines(true)
			.get();
		var builder = AddressIndex.builder(locator);
		int skipped = 0;
		try (Reader reader = withoutByteOrderMark(file); CSVParser parser = format.parse(reader)) {
			checkColumns(parser.getHeaderNames(), file);
			for (CSVRecord record : parser) {
				if (!add(record, builder)) {
					skipped++;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the address file " + file.getDescription(), ex);
		}
		if (skipped > 0) {
			log.warn("{} rows of {} have no street or no valid coordinates; they were skipped", skipped,
					file.getDescription());
		}
		return builder.build();
	}

	private boolean add(CSVRecord record, AddressIndex.Builder builder) {
		var street = new StringBuilder();
		for (String column : settings.streetColumns()) {
			String part = value(record, column);
			if (!part.isEmpty()) {
				street.append(street.isEmpty() ? "" : " ").append(part);
			}
		}
		GeoPoint point;
		try {
			point = new GeoPoint(Double.parseDouble(value(record, settings.latitudeColumn())),
					Double.parseDouble(value(record, settings.longitudeColumn())));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		String civic = value(record, settings.civicNumberColumn());
		if (hasSuffixColumn()) {
			civic = civic + value(record, settings.civicSuffixColumn()).toUpperCase(Locale.ROOT);
		}
		return builder.add(CivicNumber.parse(civic).orElse(null), street.toString(), point);
	}

	private void checkColumns(List<String> headers, Resource file) {
		var expected = new ArrayList<>(settings.streetColumns());
		expected.add(settings.civicNumberColumn());
		expected.add(settings.latitudeColumn());
		expected.add(settings.longitudeColumn());
		if (hasSuffixColumn()) {
			expected.add(settings.civicSuffixColumn());
		}
		var missing = expected.stream().filter(column -> !headers.contains(column)).toList();
		if (!missing.isEmpty()) {
			throw new IllegalStateException("The address file " + file.getDescription() + " has no column " + missing
					+ " (its columns: " + headers + "); see pignon.territory.addresses.*");
		}
	}

	private boolean hasSuffixColumn() {
		return settings.civicSuffixColumn() != null && !settings.civicSuffixColumn().isBlank();
	}

	private static String value(CSVRecord record, String column) {
		String value = record.isSet(column) ? record.get(column) : null;
		return value == null ? "" : value.strip();
	}

	private Reader withoutByteOrderMark(Resource file) throws IOException {
		var reader = new BufferedReader(
				new InputStreamReader(file.getInputStream(), Charset.forName(settings.charset())));
		reader.mark(1);
		if (reader.read() != BYTE_ORDER_MARK) {
			reader.reset();
		}
		return reader;
	}

}
