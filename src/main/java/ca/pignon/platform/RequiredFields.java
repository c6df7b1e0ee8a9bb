package ca.pignon.platform;

import java.lang.annotation.Annotation;
import java.util.Set;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.metadata.PropertyDescriptor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Whether a form refuses a field left empty, read from the form's own constraints ({@code @NotBlank},
 * {@code @NotEmpty}, {@code @NotNull}): the forms fragments mark such a field {@code aria-required} (WCAG 3.3.2,
 * issue 21), so that no template has to repeat what the form already says. Used as {@code @requiredFields}.
 */
@Component("requiredFields")
public class RequiredFields {

	static final Set<Class<? extends Annotation>> REQUIRED = Set.of(NotBlank.class, NotEmpty.class, NotNull.class);

	private final Validator validator;

	RequiredFields(Validator validator) {
		this.validator = validator;
	}

	/**
	 * @param form the page's form ({@code th:object}), or null
	 * @param field a property of it; a property of a list's element ({@code teams[0].name}) is not looked into
	 */
	public boolean of(@Nullable Object form, @Nullable String field) {
		if (form == null || field == null || field.contains(".") || field.contains("[")) {
			return false;
		}
		PropertyDescriptor property = validator.getConstraintsForClass(form.getClass())
			.getConstraintsForProperty(field);
		return property != null && property.getConstraintDescriptors()
			.stream()
			.anyMatch(constraint -> REQUIRED.contains(constraint.getAnnotation().annotationType()));
	}

}
