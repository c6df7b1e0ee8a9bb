package ca.pignon.platform;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Makes the API's schemas say what the answers hold, from the Java types themselves rather than per-field
 * annotations: an id value type is a plain string of format uuid ({@link IdValues}); in a record (every package is
 * {@code @NullMarked}), a component annotated {@code @Nullable} may be null (its type admits {@code "null"}, a reference
 * becomes {@code anyOf: [ref, null]}) and every other component is required.
 */
class ApiSchemas implements ModelConverter {

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
		if (IdValues.isIdValue(raw)) {
			Schema id = new JsonSchema();
			id.addType("string");
			id.setFormat("uuid");
			return id;
		}
		Schema resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
		if (resolved != null && raw.isRecord()) {
			Schema model = resolved;
			if (resolved.get$ref() != null) {
				String name = resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1);
				model = context.getDefinedModels().get(name);
			}
			if (model != null && model.getProperties() != null) {
				describeNullability(model, raw);
			}
		}
		return resolved;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void describeNullability(Schema model, Class<?> record) {
		Map<String, Schema> properties = model.getProperties();
		List<String> required = new ArrayList<>();
		for (RecordComponent component : record.getRecordComponents()) {
			Schema property = properties.get(component.getName());
			if (property == null) {
				continue;
			}
			if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)
					|| component.getAccessor().getAnnotatedReturnType().isAnnotationPresent(Nullable.class)) {
				properties.put(component.getName(), nullable(property));
			}
			else {
				required.add(component.getName());
			}
		}
		if (!required.isEmpty()) {
			model.setRequired(required);
		}
	}

	/** The property's schema admitting null too. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	static Schema nullable(Schema property) {
		if (property.get$ref() != null) {
			Schema reference = new JsonSchema().$ref(property.get$ref());
			Schema none = new JsonSchema();
			none.addType("null");
			Schema either = new JsonSchema().anyOf(List.of(reference, none));
			either.setDescription(property.getDescription());
			return either;
		}
		Set<String> types = new LinkedHashSet<>();
		if (property.getTypes() != null) {
			types.addAll(property.getTypes());
		}
		else if (property.getType() != null) {
			types.add(property.getType());
		}
		if (!types.isEmpty()) {
			types.add("null");
			property.setTypes(types);
		}
		if (property.getEnum() != null && !property.getEnum().contains(null)) {
			List values = new ArrayList(property.getEnum());
			values.add(null);
			property.setEnum(values);
		}
		return property;
	}

}
