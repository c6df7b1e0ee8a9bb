package ca.pignon.platform;

import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Tells an address that no handler serves from a handler the security rules did not grant: the first answers 404, as
 * an address nobody serves hides nothing; the second stays refused, so that deny by default still holds for any new
 * endpoint.
 */
@Component
class UnknownAddresses {

	private final ObjectProvider<RequestMappingInfoHandlerMapping> mappings;

	UnknownAddresses(ObjectProvider<RequestMappingInfoHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	AuthorizationManager<RequestAuthorizationContext> allowedOnlyWhenUnknown() {
		return (authentication, context) -> new AuthorizationDecision(!served(context.getRequest()));
	}

	/**
	 * For the API: also lets through a method no handler serves on an address some handler serves, so that Spring
	 * MVC answers 405 with {@code Allow} (a DELETE on a GET-only operation is no request for anything protected; it
	 * was refused 403 as if the caller lacked a right). A method some handler serves stays refused.
	 */
	AuthorizationManager<RequestAuthorizationContext> allowedOnlyWhenUnknownOrMethodNotServed() {
		return (authentication, context) -> new AuthorizationDecision(!servedWithMethod(context.getRequest()));
	}

	/** Whether some handler serves this path with this method (HEAD counting as GET, as Spring MVC does). */
	boolean servedWithMethod(HttpServletRequest request) {
		var path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		return mappings.orderedStream()
			.flatMap(mapping -> mapping.getHandlerMethods().keySet().stream())
			.filter(info -> info.getPathPatternsCondition() != null && info.getPathPatternsCondition()
				.getPatterns()
				.stream()
				.anyMatch(pattern -> pattern.matches(path)))
			.anyMatch(info -> info.getMethodsCondition().getMethods().isEmpty()
					|| info.getMethodsCondition().getMatchingCondition(request) != null);
	}

	/** Whether some handler serves this path, whatever the method. */
	boolean served(HttpServletRequest request) {
		var path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		return mappings.orderedStream()
			.flatMap(mapping -> mapping.getHandlerMethods().keySet().stream())
			.map(RequestMappingInfo::getPathPatternsCondition)
			.filter(Objects::nonNull)
			.flatMap(patterns -> patterns.getPatterns().stream())
			.anyMatch(pattern -> pattern.matches(path));
	}

}
