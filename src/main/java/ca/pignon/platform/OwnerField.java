package ca.pignon.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Every form a signed-in person is shown carries, next to its CSRF token, who it was shown to: when it arrives after
 * the session has ended, that is the only way to know whose it is, so that what was typed goes back to that person
 * only ({@link ExpiredForms}). Added where the CSRF token is added (Spring Security's {@link RequestDataValueProcessor},
 * which Thymeleaf asks for every {@code th:action} form), so that no template has to think of it.
 */
@Component
class OwnerField implements BeanPostProcessor {

	static final String NAME = "_owner";

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof RequestDataValueProcessor processor ? new WithOwner(processor) : bean;
	}

	/** The signed-in person's account, or null when nobody is signed in. */
	static @Nullable String signedIn() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof PignonUser user
				? user.accountId().value().toString() : null;
	}

	private record WithOwner(RequestDataValueProcessor delegate) implements RequestDataValueProcessor {

		@Override
		public String processAction(HttpServletRequest request, String action, String httpMethod) {
			return delegate.processAction(request, action, httpMethod);
		}

		@Override
		public String processFormFieldValue(HttpServletRequest request, @Nullable String name, String value,
				String type) {
			return delegate.processFormFieldValue(request, name, value, type);
		}

		@Override
		public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
			Map<String, String> fields = delegate.getExtraHiddenFields(request);
			String owner = signedIn();
			// only where the CSRF token goes (forms that post): a search form's address never carries the account
			if (owner == null || fields == null || fields.isEmpty()) {
				return fields;
			}
			var withOwner = new LinkedHashMap<String, String>(fields == null ? Map.of() : fields);
			withOwner.put(NAME, owner);
			return withOwner;
		}

		@Override
		public String processUrl(HttpServletRequest request, String url) {
			return delegate.processUrl(request, url);
		}

	}

}
