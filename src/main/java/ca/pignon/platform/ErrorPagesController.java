package ca.pignon.platform;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Whatever goes wrong, a person gets a plain page in their language and an integration gets problem details; never a
 * stack trace.
 */
@Controller
class ErrorPagesController implements ErrorController {

	private static final Set<Integer> EXPLAINED = Set.of(400, 401, 403, 404, 405, 406, 409, 413, 415, 429, 500, 503);

	private final ProblemResponses problems;

	ErrorPagesController(ProblemResponses problems) {
		this.problems = problems;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, HttpServletResponse response) {
		int status = status(request);
		String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null && uri.startsWith(request.getContextPath() + "/api/")) {
			return ResponseEntity.status(status)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problems.problem(request, status, "platform.error." + explained(status) + ".text"));
		}
		response.setStatus(status);
		return new ModelAndView("platform/error", Map.of("status", explained(status)), HttpStatus.valueOf(status));
	}

	private static int status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			// asked for directly rather than after an error: there is no such page, and nothing broke
			return 404;
		}
		if (code instanceof Integer value && HttpStatus.resolve(value) != null && value >= 400) {
			return value;
		}
		return 500;
	}

	private static int explained(int status) {
		if (EXPLAINED.contains(status)) {
			return status;
		}
		return status >= 500 ? 500 : 400;
	}

}
