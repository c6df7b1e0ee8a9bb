package ca.pignon.platform;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * Declares, on every operation of the API, each error it can answer, with {@code application/problem+json} and the one
 * {@code Problem} schema (docs/api.md), from what the handler takes rather than from annotations repeated on each: 400
 * when it reads a parameter or a body, 401 always (an unknown, revoked or expired token is refused even where no
 * credentials are needed), 403 when it needs a role, 404 when its path names something, 406 always, 415 when it reads
 * a body. A response an operation declares itself keeps its description; its problem schema becomes {@code Problem}.
 */
class ApiErrors implements OperationCustomizer, OpenApiCustomizer {

	static final String PROBLEM_JSON = "application/problem+json";

	static final String PROBLEM_REF = "#/components/schemas/Problem";

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		boolean parameters = takes(handler, RequestParam.class, PathVariable.class, RequestBody.class,
				RequestHeader.class);
		boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
		Map<String, String> errors = new LinkedHashMap<>();
		if (parameters) {
			errors.put("400", "A parameter or the body is missing or invalid: the problem names it");
		}
		errors.put("401", secured ? "No credentials, or a token that is unknown, revoked or expired"
				: "A token that is unknown, revoked or expired (this operation needs none)");
		if (secured) {
			errors.put("403", "The account's role may not use this operation (or, with a session cookie, the CSRF "
					+ "token is missing)");
		}
		if (takes(handler, PathVariable.class)) {
			errors.put("404", "Nothing with this id, or nothing the account may see");
		}
		errors.put("406", "The Accept header names no media type this operation answers (application/json)");
		if (takes(handler, RequestBody.class)) {
			errors.put("415", "The body is not application/json");
		}
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		errors.forEach((status, description) -> {
			if (!responses.containsKey(status)) {
				responses.addApiResponse(status, new ApiResponse().description(description));
			}
		});
		responses.forEach((status, response) -> {
			if (status.startsWith("4") || status.startsWith("5")) {
				response.setContent(new Content().addMediaType(PROBLEM_JSON,
						new MediaType().schema(new JsonSchema().$ref(PROBLEM_REF))));
			}
		});
		operation.setResponses(responses);
		return operation;
	}

	/** Adds the one problem schema, and drops Spring's ProblemDetail, whose shape is not what is written. */
	@Override
	public void customise(OpenAPI api) {
		api.getComponents().addSchemas("Problem", problem());
		if (api.getComponents().getSchemas() != null) {
			api.getComponents().getSchemas().remove("ProblemDetail");
		}
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	static Schema problem() {
		Schema problem = new JsonSchema();
		problem.addType("object");
		problem.setDescription("Problem details (RFC 9457), in the request's language (Accept-Language: French unless "
				+ "English comes first); the problem types are listed in docs/api.md");
		problem.addProperty("type", text("uri-reference",
				"about:blank for a plain HTTP status, otherwise one of Pignon's problem types (docs/api.md)"));
		problem.addProperty("title", text(null, "A short summary of the problem type, in the request's language"));
		Schema status = new JsonSchema();
		status.addType("integer");
		status.setMinimum(java.math.BigDecimal.valueOf(400));
		status.setMaximum(java.math.BigDecimal.valueOf(599));
		problem.addProperty("status", status);
		problem.addProperty("detail", text(null, "What went wrong with this request, in the request's language"));
		problem.addProperty("instance", text("uri-reference", "The path of the request"));
		problem.addProperty("parameter", text(null, "invalid-parameter: the parameter (or body member) refused"));
		problem.addProperty("reason", text(null, "web-audit-refused: why the address was refused"));
		Schema reason = new JsonSchema();
		reason.addType("object");
		reason.addProperty("field", text(null, "The field, when the reason is about one"));
		reason.addProperty("message", text(null, "The reason, in the request's language"));
		reason.setRequired(List.of("message"));
		Schema problems = new JsonSchema();
		problems.addType("array");
		problems.setItems(reason);
		problems.setDescription("refused: every reason of the refusal");
		problem.addProperty("problems", problems);
		problem.setRequired(List.of("title", "status"));
		return problem;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema text(@Nullable String format, String description) {
		Schema text = new JsonSchema();
		text.addType("string");
		if (format != null) {
			text.setFormat(format);
		}
		text.setDescription(description);
		return text;
	}

	@SafeVarargs
	private static boolean takes(HandlerMethod handler, Class<? extends java.lang.annotation.Annotation>... kinds) {
		return Arrays.stream(handler.getMethodParameters())
			.anyMatch(parameter -> Arrays.stream(kinds).anyMatch(parameter::hasParameterAnnotation));
	}

}
