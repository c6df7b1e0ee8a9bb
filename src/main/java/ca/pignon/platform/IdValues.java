package ca.pignon.platform;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.UUID;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Ids as the API shows them: an id value type ({@code ApplicationId}, {@code AccountId}, {@code ProviderId}…, a record
 * whose only component is a UUID) is written as its plain UUID string, and described so ({@code type: string,
 * format: uuid}, see {@link ApiDescription}), rather than as an object {@code {"value": "…"}}. Reading accepts both
 * forms, so that what was written before (events kept in the publication registry) still reads.
 */
final class IdValues {

	private IdValues() {
	}

	/** Whether a type is an id value: a record whose only component is a UUID. */
	static boolean isIdValue(Class<?> type) {
		if (!type.isRecord()) {
			return false;
		}
		RecordComponent[] components = type.getRecordComponents();
		return components.length == 1 && components[0].getType() == UUID.class;
	}

	static UUID uuidOf(Object id) {
		try {
			return (UUID) id.getClass().getRecordComponents()[0].getAccessor().invoke(id);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Cannot read the id of " + id.getClass().getName(), ex);
		}
	}

	static Object idOf(Class<?> type, UUID uuid) {
		try {
			var constructor = type.getDeclaredConstructor(UUID.class);
			constructor.setAccessible(true);
			return constructor.newInstance(uuid);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot make a " + type.getName(), ex);
		}
	}

	/** The Jackson module that writes id values as strings and reads either form. */
	static SimpleModule jacksonModule() {
		var module = new SimpleModule("pignon-id-values");
		module.setSerializerModifier(new ValueSerializerModifier() {
			@Override
			public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier bean,
					ValueSerializer<?> serializer) {
				return isIdValue(bean.getBeanClass()) ? new AsString(bean.getBeanClass()) : serializer;
			}
		});
		module.setDeserializerModifier(new ValueDeserializerModifier() {
			@Override
			public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
					ValueDeserializer<?> deserializer) {
				return isIdValue(bean.getBeanClass()) ? new FromStringOrObject(bean.getBeanClass()) : deserializer;
			}
		});
		return module;
	}

	private static final class AsString extends StdSerializer<Object> {

		AsString(Class<?> type) {
			super(type, false);
		}

		@Override
		public void serialize(Object value, JsonGenerator generator, SerializationContext context) {
			generator.writeString(uuidOf(value).toString());
		}

	}

	private static final class FromStringOrObject extends StdDeserializer<Object> {

		FromStringOrObject(Class<?> type) {
			super(type);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			JsonNode node = context.readTree(parser);
			JsonNode text = node.isObject() ? node.get("value") : node;
			if (text == null || !text.isString()) {
				return context.handleUnexpectedToken(handledType(), parser);
			}
			try {
				return idOf(handledType(), UUID.fromString(text.asString()));
			}
			catch (IllegalArgumentException ex) {
				return context.handleWeirdStringValue(handledType(), text.asString(), "not a UUID");
			}
		}

	}

}
