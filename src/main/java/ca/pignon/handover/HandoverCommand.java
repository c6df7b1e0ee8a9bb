package ca.pignon.handover;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar pignon.jar --pignon.export.to=FILE [--pignon.export.passphrase-file=F]} and
 * {@code --pignon.import.from=FILE [--pignon.import.passphrase-file=F]}: Pignon starts (its web server on a free
 * loopback port only, never kept), does that one thing once started and ready, and exits: 0 on success, otherwise 1 with one line on the standard
 * error saying why.
 */
@Component
public class HandoverCommand {

	static final String EXPORT_TO = "pignon.export.to";

	static final String IMPORT_FROM = "pignon.import.from";

	private final HandoverManagement handover;

	private final MessageSource messages;

	private final @Nullable Path exportTo;

	private final @Nullable Path exportPassphrase;

	private final @Nullable Path importFrom;

	private final @Nullable Path importPassphrase;

	HandoverCommand(HandoverManagement handover, MessageSource messages,
			@Value("${pignon.export.to:#{null}}") @Nullable Path exportTo,
			@Value("${pignon.export.passphrase-file:#{null}}") @Nullable Path exportPassphrase,
			@Value("${pignon.import.from:#{null}}") @Nullable Path importFrom,
			@Value("${pignon.import.passphrase-file:#{null}}") @Nullable Path importPassphrase) {
		this.handover = handover;
		this.messages = messages;
		this.exportTo = exportTo;
		this.exportPassphrase = exportPassphrase;
		this.importFrom = importFrom;
		this.importPassphrase = importPassphrase;
	}

	/** Whether the command line asks for an export or an import (then {@link #run(Class, String...)} it). */
	public static boolean requested(String... args) {
		return Arrays.stream(args)
			.anyMatch(arg -> arg.startsWith("--" + EXPORT_TO + "=") || arg.startsWith("--" + IMPORT_FROM + "="));
	}

	/** Runs the application without a web server for the export or import, and answers the exit code. */
	public static int run(Class<?> application, String... args) {
		return run(application, System.err, args);
	}

	static int run(Class<?> application, PrintStream err, String... args) {
		SpringApplication spring = new SpringApplication(application);
		// the security configuration needs a servlet context, so the server starts, on a free port of loopback
		// only, and stops when the work is done (WebApplicationType.NONE cannot build HttpSecurity)
		String[] withoutServer = Stream
			.concat(Arrays.stream(args), Stream.of("--server.port=0", "--server.address=127.0.0.1"))
			.toArray(String[]::new);
		try (ConfigurableApplicationContext context = spring.run(withoutServer)) {
			// once started and ready: the first administrator and any seeding are done, and the import replaces them
			context.getBean(HandoverCommand.class).perform();
			return SpringApplication.exit(context);
		}
		catch (RuntimeException ex) {
			err.println("pignon: " + reason(ex));
			return 1;
		}
	}

	private static String reason(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CommandFailed failed) {
				return failed.getMessage();
			}
		}
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return String.valueOf(root.getMessage()).lines().findFirst().orElse(root.getClass().getSimpleName());
	}

	void perform() {
		if (exportTo != null && importFrom != null) {
			throw new CommandFailed("choose --" + EXPORT_TO + " or --" + IMPORT_FROM + ", not both");
		}
		try {
			if (exportTo != null) {
				char[] passphrase = passphrase(exportPassphrase);
				try (OutputStream out = Files.newOutputStream(exportTo)) {
					var counts = handover.export(out, passphrase);
					System.out.println("pignon: exported " + counts.total() + " rows of " + counts.rows().size()
							+ " tables to " + exportTo);
				}
			}
			else if (importFrom != null) {
				char[] passphrase = passphrase(importPassphrase);
				try (InputStream in = Files.newInputStream(importFrom)) {
					var counts = handover.importFrom(in, passphrase);
					System.out.println("pignon: imported " + counts.total() + " rows of " + counts.rows().size()
							+ " tables from " + importFrom);
				}
			}
		}
		catch (HandoverRefused refused) {
			throw new CommandFailed(messages.getMessage(refused.messageKey(), refused.arguments(), Locale.FRENCH));
		}
		catch (IOException ex) {
			throw new CommandFailed(ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	private static char @Nullable [] passphrase(@Nullable Path file) throws IOException {
		if (file == null) {
			return null;
		}
		String text = Files.readString(file, StandardCharsets.UTF_8).strip();
		if (text.isEmpty()) {
			throw new CommandFailed("the passphrase file " + file + " is empty");
		}
		return text.toCharArray();
	}

	/** What the command line says on failure, in one line. */
	static final class CommandFailed extends RuntimeException {

		CommandFailed(String message) {
			super(message);
		}

	}

}
