package ca.pignon.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.PropertyValue;
import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * How every request's values reach the handlers, once for the whole application, so that no hostile value gets past
 * the binder to the database or to an exception (issue 17, item 5):
 * <ul>
 * <li>a form's text with a character {@link TextInputPolicy} refuses is not bound: its field gets the error
 * {@code platform.input.invisible}, and shows the text without those characters, so that sending the form again is
 * all it takes;</li>
 * <li>a form's field naming a list row out of bounds ({@link ListIndexPolicy}) is not bound: the list gets the error
 * {@code platform.input.row}; Spring's binder threw (a 500) for a negative row or one past its limit;</li>
 * <li>a single value ({@code @RequestParam}, {@code @PathVariable}, a header) loses those characters: there is no
 * field to show a message beside, and they never mean anything (a search for {@code "boul\0"} is a search for
 * {@code "boul"}).</li>
 * </ul>
 * Handlers that show a form again when {@code BindingResult.hasErrors()} show these errors like any other.
 */
@Component
class InputBinding implements WebMvcRegistrations {

	static final String INVISIBLE = "platform.input.invisible";

	static final String ROW = "platform.input.row";

	@Override
	public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
		return new RequestMappingHandlerAdapter() {

			@Override
			protected ServletRequestDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods) {
				return new ServletRequestDataBinderFactory(binderMethods, getWebBindingInitializer()) {

					@Override
					protected ServletRequestDataBinder createBinderInstance(@Nullable Object target, String objectName,
							NativeWebRequest request) {
						return new Binder(target, objectName);
					}

				};
			}

		};
	}

	/** The servlet binder Spring MVC uses, with the checks above before it binds anything. */
	static final class Binder extends ExtendedServletRequestDataBinder {

		Binder(@Nullable Object target, String objectName) {
			super(target, objectName);
		}

		@Override
		protected void doBind(MutablePropertyValues values) {
			Map<String, Object> invisible = new LinkedHashMap<>();
			Set<String> rows = new java.util.LinkedHashSet<>();
			for (PropertyValue value : new ArrayList<>(values.getPropertyValueList())) {
				var list = ListIndexPolicy.outOfBounds(value.getName(), getAutoGrowCollectionLimit());
				if (list.isPresent()) {
					values.removePropertyValue(value);
					rows.add(list.get());
				}
				else if (TextInputPolicy.refuses(value.getValue())) {
					values.removePropertyValue(value);
					invisible.put(value.getName(), TextInputPolicy.cleaned(value.getValue()));
				}
			}
			super.doBind(values);
			invisible.forEach((field, cleaned) -> reject(field, shown(cleaned), INVISIBLE));
			rows.forEach(list -> reject(list, null, ROW, getAutoGrowCollectionLimit()));
		}

		@Override
		public void construct(ValueResolver values) {
			Map<String, Object> invisible = new LinkedHashMap<>();
			super.construct(new ValueResolver() {

				@Override
				public @Nullable Object resolveValue(String name, Class<?> type) {
					Object value = values.resolveValue(name, type);
					if (TextInputPolicy.refuses(value)) {
						Object cleaned = TextInputPolicy.cleaned(value);
						invisible.put(name, cleaned);
						return cleaned;
					}
					return value;
				}

				@Override
				public Set<String> getNames() {
					return values.getNames();
				}

			});
			invisible.forEach((field, cleaned) -> reject(field, shown(cleaned), INVISIBLE));
		}

		@Override
		public <T> @Nullable T convertIfNecessary(@Nullable Object value, @Nullable Class<T> requiredType,
				@Nullable MethodParameter methodParam) throws TypeMismatchException {
			return super.convertIfNecessary(TextInputPolicy.cleaned(value), requiredType, methodParam);
		}

		private void reject(String field, @Nullable Object rejected, String code, Object... arguments) {
			getBindingResult().addError(new FieldError(getObjectName(), field, rejected, true,
					new String[] { code }, arguments, code));
		}

		private static @Nullable Object shown(@Nullable Object cleaned) {
			return cleaned instanceof String[] texts && texts.length == 1 ? texts[0] : cleaned;
		}

	}

}
