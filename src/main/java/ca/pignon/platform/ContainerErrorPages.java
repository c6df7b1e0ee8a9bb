package ca.pignon.platform;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The answer to what Tomcat refuses before Pignon sees it (issue 17, item 6): a path with {@code %2e%2e}, a
 * backslash or a NUL, a body over the size limits, a form or multipart body that cannot be read, or an error page
 * that itself failed. Tomcat's error report valve wrote its plain English page then; this one writes Pignon's French
 * page (English when the browser asks for it first), or problem details under {@code /api/}, and never a stack trace.
 * Anything Pignon answered itself (its error pages included) is left as it is: the valve writes only an empty error.
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final MessageSource messages;

	private final JsonMapper json;

	ContainerErrorPages(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			var host = context.getParent();
			// Spring Boot's own valve (added by its customizer, before this one) would answer first: replace it
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			if (host instanceof org.apache.catalina.core.StandardHost standard) {
				standard.setErrorReportValveClass(PignonErrorReport.class.getName());
			}
			host.getPipeline().addValve(new PignonErrorReport(this));
		});
	}

	@Override
	public int getOrder() {
		// after Spring Boot's customizer, which adds its valve
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** Pignon's page for a status, in the language asked for. */
	String page(int status, Locale locale) {
		int shown = shown(status);
		String title = text("platform.error." + shown + ".title", locale);
		return """
				<!DOCTYPE html>
				<html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s · Pignon</title><link rel="stylesheet" href="/assets/css/pignon.css"></head>
				<body><main id="contenu" class="container"><h1>%s</h1><p class="lead">%s</p>
				<p><a class="button" href="/">%s</a></p></main></body></html>
				""".formatted(locale.getLanguage().equals("en") ? "en-CA" : "fr-CA", title, title,
				text("platform.error." + shown + ".text", locale), text("platform.error.home", locale));
	}

	/** Problem details for the API, without an instance: the address may be what was refused. */
	String problem(int status, Locale locale) {
		int shown = shown(status);
		return json.writeValueAsString(Map.of("type", "about:blank", "status", status, "title",
				text("platform.error." + shown + ".title", locale), "detail",
				text("platform.error." + shown + ".text", locale)));
	}

	private String text(String key, Locale locale) {
		return HtmlUtils.htmlEscape(messages.getMessage(key, null, key, locale), "UTF-8");
	}

	private static int shown(int status) {
		return switch (status) {
			case 400, 401, 403, 404, 405, 406, 409, 413, 415, 429, 500, 503 -> status;
			default -> status >= 500 ? 500 : 400;
		};
	}

	/** French unless the browser's first language is English, as Pignon's pages. */
	static Locale locale(@Nullable String acceptLanguage) {
		return acceptLanguage != null && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en")
				? Locale.CANADA : Locale.CANADA_FRENCH;
	}

	/** Tomcat's error report valve, writing Pignon's page instead of Tomcat's. */
	static final class PignonErrorReport extends ErrorReportValve {

		private final @Nullable ContainerErrorPages pages;

		/** For Tomcat, which creates the valve by its class name when none is there; never used here. */
		public PignonErrorReport() {
			this(null);
		}

		PignonErrorReport(@Nullable ContainerErrorPages pages) {
			this.pages = pages;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, @Nullable Throwable throwable) {
			int status = response.getStatus();
			if (pages == null || status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				if (pages == null) {
					super.report(request, response, throwable);
				}
				return;
			}
			try {
				Locale locale = locale(request.getHeader("Accept-Language"));
				// as sent: the decoded form may be what failed
				String uri = request.getRequestURI();
				boolean api = uri != null && uri.startsWith("/api/");
				String body = api ? pages.problem(status, locale) : pages.page(status, locale);
				response.setContentType(api ? "application/problem+json" : "text/html");
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				response.setHeader("Cache-Control", "no-store");
				response.setHeader("X-Content-Type-Options", "nosniff");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(body);
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the client is gone or the response cannot be written any more: nothing more to do
			}
		}

	}

}
