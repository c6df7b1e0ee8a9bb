package ca.pignon.privacy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import ca.pignon.dossier.DataOrigin;
import ca.pignon.dossier.PersonalFile;
import ca.pignon.dossier.PersonalRecord;
import ca.pignon.dossier.RecordKind;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The copy of a merchant's data as one ZIP, in open formats: {@code donnees.json} (every record, by where it comes
 * from and kind), one CSV per kind of record under {@code collected/} (what the person gave) or {@code produced/}
 * (what the program produced about them), the files themselves under {@code files/}, {@code schema.json} (a JSON
 * Schema of {@code donnees.json}) and a plain-language README. Written as it goes: nothing is held whole in memory
 * but the records, which the dossier's hooks give as a list.
 */
public final class MyDataArchive {

	public static final String JSON = "donnees.json";

	public static final String SCHEMA = "schema.json";

	public static final int FORMAT_VERSION = 1;

	private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private MyDataArchive() {
	}

	/** What to put in the archive. {@code readme} is the README's name and text, in the person's language. */
	public record Contents(List<RecordKind> kinds, List<PersonalRecord> records, List<PersonalFile> files,
			Instant exportedAt, String readmeName, String readme) {
	}

	public static void write(Contents contents, OutputStream out) throws IOException {
		var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		Map<String, List<PersonalRecord>> byKind = byKind(contents);
		entry(zip, contents.readmeName(), contents.readme().getBytes(StandardCharsets.UTF_8));
		entry(zip, JSON, MAPPER.writeValueAsBytes(json(contents, byKind)));
		entry(zip, SCHEMA, MAPPER.writeValueAsBytes(schema(contents.kinds(), byKind)));
		for (RecordKind kind : contents.kinds()) {
			List<PersonalRecord> records = byKind.get(kind.id());
			if (!records.isEmpty()) {
				zip.putNextEntry(new ZipEntry(csvName(kind)));
				writeCsv(records, zip);
				zip.closeEntry();
			}
		}
		for (PersonalFile file : contents.files()) {
			zip.putNextEntry(new ZipEntry(fileName(file)));
			try (InputStream in = file.content().open()) {
				in.transferTo(zip);
			}
			catch (IOException ex) {
				// a file gone from the store is said in the archive rather than failing the whole copy
				zip.write(("(file unavailable: " + ex.getClass().getSimpleName() + ")").getBytes(StandardCharsets.UTF_8));
			}
			zip.closeEntry();
		}
		zip.finish();
	}

	/** {@code collected/intake.application.csv}: the folder says where the information comes from. */
	public static String csvName(RecordKind kind) {
		return folder(kind.origin()) + "/" + kind.id() + ".csv";
	}

	/** {@code files/<record id>-<name>}, the name reduced to letters, digits, dots and dashes. */
	public static String fileName(PersonalFile file) {
		String safe = file.name().replaceAll("[^\\p{L}\\p{N}._-]+", "_");
		return "files/" + file.id() + "-" + (safe.isBlank() ? "file" : safe);
	}

	static String folder(DataOrigin origin) {
		return origin == DataOrigin.COLLECTED ? "collected" : "produced";
	}

	private static Map<String, List<PersonalRecord>> byKind(Contents contents) {
		Map<String, List<PersonalRecord>> byKind = new LinkedHashMap<>();
		contents.kinds().forEach(kind -> byKind.put(kind.id(), new ArrayList<>()));
		for (PersonalRecord record : contents.records()) {
			byKind.computeIfAbsent(record.kind(), kind -> new ArrayList<>()).add(record);
		}
		return byKind;
	}

	private static ObjectNode json(Contents contents, Map<String, List<PersonalRecord>> byKind) {
		ObjectNode root = MAPPER.createObjectNode();
		root.put("format", "pignon.mes-donnees");
		root.put("formatVersion", FORMAT_VERSION);
		root.put("exportedAt", contents.exportedAt().toString());
		ArrayNode kinds = root.putArray("kinds");
		ObjectNode collected = root.putObject("collected");
		ObjectNode produced = root.putObject("produced");
		for (RecordKind kind : contents.kinds()) {
			List<PersonalRecord> records = byKind.get(kind.id());
			kinds.addObject()
				.put("id", kind.id())
				.put("origin", folder(kind.origin()))
				.put("count", records.size())
				.put("csv", records.isEmpty() ? null : csvName(kind));
			ArrayNode list = (kind.origin() == DataOrigin.COLLECTED ? collected : produced).putArray(kind.id());
			for (PersonalRecord record : records) {
				ObjectNode fields = list.addObject();
				columns(List.of(record)).forEach(column -> fields.put(column, record.fields().get(column)));
			}
		}
		ArrayNode files = root.putArray("files");
		contents.files()
			.forEach(file -> files.addObject()
				.put("kind", file.kind())
				.put("id", file.id())
				.put("name", file.name())
				.put("path", fileName(file)));
		return root;
	}

	/** A JSON Schema (2020-12) of {@code donnees.json}, naming the fields each kind's records have here. */
	private static ObjectNode schema(List<RecordKind> kinds, Map<String, List<PersonalRecord>> byKind) {
		ObjectNode schema = MAPPER.createObjectNode();
		schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		schema.put("title", "Pignon: mes données");
		schema.put("type", "object");
		schema.putArray("required").add("format").add("formatVersion").add("exportedAt").add("kinds")
			.add("collected").add("produced").add("files");
		ObjectNode properties = schema.putObject("properties");
		properties.putObject("format").put("const", "pignon.mes-donnees");
		properties.putObject("formatVersion").put("const", FORMAT_VERSION);
		properties.putObject("exportedAt").put("type", "string").put("format", "date-time");
		ObjectNode kind = properties.putObject("kinds").put("type", "array").putObject("items").put("type", "object");
		ObjectNode kindProperties = kind.putObject("properties");
		kindProperties.putObject("id").put("type", "string");
		kindProperties.putObject("origin").putArray("enum").add("collected").add("produced");
		kindProperties.putObject("count").put("type", "integer").put("minimum", 0);
		kindProperties.putObject("csv").putArray("type").add("string").add("null");
		ObjectNode collected = origin(properties, "collected");
		ObjectNode produced = origin(properties, "produced");
		for (RecordKind recordKind : kinds) {
			ObjectNode items = (recordKind.origin() == DataOrigin.COLLECTED ? collected : produced)
				.putObject(recordKind.id())
				.put("type", "array")
				.putObject("items")
				.put("type", "object");
			ObjectNode fields = items.putObject("properties");
			columns(byKind.get(recordKind.id())).forEach(column -> fields.putObject(column)
				.putArray("type")
				.add("string")
				.add("null"));
		}
		ObjectNode file = properties.putObject("files").put("type", "array").putObject("items").put("type", "object");
		ObjectNode fileProperties = file.putObject("properties");
		List.of("kind", "id", "name", "path").forEach(name -> fileProperties.putObject(name).put("type", "string"));
		return schema;
	}

	private static ObjectNode origin(ObjectNode properties, String name) {
		ObjectNode origin = properties.putObject(name).put("type", "object");
		origin.put("additionalProperties", false);
		return origin.putObject("properties");
	}

	private static void writeCsv(List<PersonalRecord> records, OutputStream zip) throws IOException {
		List<String> columns = columns(records);
		// the printer must not close the ZIP: the writer is flushed, never closed
		Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
		var printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
		for (PersonalRecord record : records) {
			List<String> values = new ArrayList<>();
			columns.forEach(column -> values.add(record.fields().get(column)));
			printer.printRecord(values);
		}
		printer.flush();
	}

	/** The fields of these records, in one order for every record of a kind: by name. */
	private static List<String> columns(List<PersonalRecord> records) {
		var columns = new TreeSet<String>();
		records.forEach(record -> columns.addAll(record.fields().keySet()));
		return List.copyOf(columns);
	}

	private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(bytes);
		zip.closeEntry();
	}

}
