package ca.pignon.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.ApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.NameValueExpression;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every handler the application serves, from every request mapping (controllers, springdoc, actuator), keyed by
 * method, path pattern and params condition.
 */
final class HandlerInventory {

	private HandlerInventory() {
	}

	static String key(String method, String path, String params) {
		return method + " " + path + (params.isEmpty() ? "" : " [" + params + "]");
	}

	static Map<String, HandlerMethod> of(ApplicationContext context) {
		Map<String, HandlerMethod> handlers = new TreeMap<>();
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			mapping.getHandlerMethods().forEach((info, handler) -> keys(info).forEach(key -> {
				HandlerMethod previous = handlers.put(key, handler);
				if (previous != null && !previous.getMethod().equals(handler.getMethod())) {
					throw new IllegalStateException("Two handlers for " + key + ": the matrix cannot tell them apart");
				}
			}));
		}
		return handlers;
	}

	private static List<String> keys(RequestMappingInfo info) {
		String params = String.join("&",
				info.getParamsCondition().getExpressions().stream().map(NameValueExpression::toString).sorted().toList());
		var methods = info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
		List<String> keys = new ArrayList<>();
		for (String path : info.getPatternValues()) {
			if (methods.isEmpty()) {
				keys.add(key("*", path, params));
			}
			methods.forEach(method -> keys.add(key(method, path, params)));
		}
		return keys;
	}

}
