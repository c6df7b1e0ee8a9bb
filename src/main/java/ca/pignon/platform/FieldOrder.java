package ca.pignon.platform;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.util.DetailedError;

/**
 * The error summary's lines in the order of the form's fields (issue 18: a validator reports them in no particular
 * order): a problem about the whole form first, then each field's in the order the form declares its fields, which is
 * the order of the page; lines about no field of the form keep their place after them. Used by
 * {@code fragments/forms :: errorSummary} as {@code @fieldOrder}.
 */
@Component("fieldOrder")
public class FieldOrder {

	/**
	 * @param errors the summary's lines ({@link DetailedError}s of a bound form or {@link FormError}s)
	 * @param form the form they are about (the page's {@code th:object}), or null
	 * @return the same lines, sorted; as they came when the form's fields are not known
	 */
	public List<?> sorted(@Nullable List<?> errors, @Nullable Object form) {
		if (errors == null || errors.size() < 2 || form == null) {
			return errors == null ? List.of() : errors;
		}
		List<String> fields = fieldsOf(form.getClass());
		List<Object> lines = new ArrayList<>(errors);
		lines.sort(Comparator.comparingInt(line -> rank(line, fields)));
		return lines;
	}

	/** The form's field names in declaration order: a record's components, or a class's instance fields. */
	static List<String> fieldsOf(Class<?> type) {
		if (type.isRecord()) {
			return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
		}
		List<String> names = new ArrayList<>();
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			List<String> own = Arrays.stream(c.getDeclaredFields())
				.filter(f -> !Modifier.isStatic(f.getModifiers()))
				.map(Field::getName)
				.toList();
			names.addAll(0, own);
		}
		return names;
	}

	private static int rank(Object line, List<String> fields) {
		String field;
		if (line instanceof DetailedError error) {
			if (error.isGlobal()) {
				return -1;
			}
			field = error.getFieldName();
		}
		else if (line instanceof FormError error) {
			if (error.global()) {
				return -1;
			}
			field = error.fieldName();
		}
		else {
			return Integer.MAX_VALUE;
		}
		int index = fields.indexOf(root(field));
		return index < 0 ? Integer.MAX_VALUE : index;
	}

	/** {@code teams[0].name} → {@code teams}. */
	static String root(@Nullable String field) {
		if (field == null) {
			return "";
		}
		int end = field.length();
		for (char stop : new char[] { '.', '[' }) {
			int at = field.indexOf(stop);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		return field.substring(0, end);
	}

}
