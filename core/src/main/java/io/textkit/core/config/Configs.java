package io.textkit.core.config;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one way a config is read, written and changed. A config is an immutable record whose
 * canonical constructor checks every field; Jackson binds it, so the model file, {@code --set
 * FIELD=VALUE} and the Java API all go through that constructor:
 *
 * <ul>
 *   <li>{@link #toJson} writes one JSON field per record component, under the component's name;
 *   <li>{@link #fromJson} reads it back, refusing unknown and mistyped fields by name, and fills a
 *       field an older file lacks from its {@link WhenAbsent} value;
 *   <li>{@link #with} copies a config with named fields changed, parsing text values by the field's
 *       type, as the command line gives them.
 * </ul>
 *
 * A field renamed since files were written keeps its old name readable with {@code @JsonAlias}; a
 * value written for information only is a {@code @JsonProperty} accessor that the record lists in
 * {@code @JsonIgnoreProperties(allowGetters = true)}. Errors name the config by its model kind, the
 * record's name without {@code Config} or {@code Settings} ({@code TextCnnConfig} → {@code textcnn}).
 */
public final class Configs {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private Configs() {}

    /** The JSON form of {@code config}, for a model file. */
    public static ObjectNode toJson(Object config) {
        requireRecord(config.getClass());
        return MAPPER.valueToTree(config);
    }

    /**
     * Reads {@link #toJson}'s form back.
     *
     * @throws IllegalArgumentException naming the config and the field: a field missing (without a
     *                                  {@link WhenAbsent} value), unknown, of the wrong type or out of range
     */
    public static <T> T fromJson(Class<T> type, JsonNode json) {
        requireRecord(type);
        if (!(json instanceof ObjectNode object)) {
            throw new IllegalArgumentException(label(type) + " config must be a JSON object, got " + json);
        }
        ObjectNode filled = object.deepCopy();
        for (RecordComponent c : type.getRecordComponents()) {
            if (names(c).stream().noneMatch(filled::has)) {
                WhenAbsent absent = c.getAnnotation(WhenAbsent.class);
                if (absent == null) {
                    throw new IllegalArgumentException(label(type) + " config: field '" + c.getName() + "' is missing");
                }
                filled.set(c.getName(), parse(type, c, absent.value()));
            }
        }
        return bind(type, filled);
    }

    /**
     * A copy of {@code config} with the named fields changed, checked by the record's constructor. A
     * {@link String} value is parsed by the field's type: numbers, {@code true}/{@code false}, enum
     * constants (any case, {@code -} for {@code _}), comma-separated lists, or a type's static
     * {@code of(String)} (as {@code TokenizerSettings.of("english")}); any other value is taken as
     * it is.
     *
     * @throws IllegalArgumentException for a field the config does not have (listing those it has),
     *                                  a value that does not parse (naming field and value), or a value
     *                                  the constructor refuses
     */
    @SuppressWarnings("unchecked")
    public static <T> T with(T config, Map<String, ?> fields) {
        Class<T> type = (Class<T>) requireRecord(config.getClass());
        ObjectNode json = toJson(config);
        for (Map.Entry<String, ?> field : fields.entrySet()) {
            RecordComponent c = component(type, field.getKey());
            Object value = field.getValue();
            JsonNode node = value instanceof String text ? parse(type, c, text.strip()) : MAPPER.valueToTree(value);
            json.set(c.getName(), node);
        }
        return bind(type, json);
    }

    /** {@link #with(Object, Map)} for one field. */
    public static <T> T with(T config, String field, Object value) {
        return with(config, Map.of(field, value));
    }

    /** The names of {@code type}'s fields, in declaration order: what {@link #with} and {@code --set} take. */
    public static List<String> fields(Class<?> type) {
        return Arrays.stream(requireRecord(type).getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static RecordComponent component(Class<?> type, String name) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException(label(type) + " has no field '" + name + "'; fields: "
                + String.join(", ", fields(type)));
    }

    private static <T> T bind(Class<T> type, ObjectNode json) {
        try {
            return MAPPER.treeToValue(json, type);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException) {
                throw new IllegalArgumentException(cause.getMessage(), cause);
            }
            throw new IllegalArgumentException(label(type) + " config: " + e.getOriginalMessage(), e);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException(label(type) + " config has no field '" + e.getPropertyName()
                    + "'; fields: " + String.join(", ", fields(type)), e);
        } catch (MismatchedInputException e) {
            String field = e.getPath().isEmpty() ? null : e.getPath().get(0).getFieldName();
            RecordComponent c = field == null ? null : componentOrNull(type, field);
            if (c == null) {
                throw new IllegalArgumentException(label(type) + " config: " + e.getOriginalMessage(), e);
            }
            throw new IllegalArgumentException(label(type) + " config: field '" + field + "' must be "
                    + expected(c.getType(), c.getGenericType(), false) + ", got " + json.get(field), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(label(type) + " config: " + e.getOriginalMessage(), e);
        }
    }

    private static RecordComponent componentOrNull(Class<?> type, String name) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (names(c).contains(name)) {
                return c;
            }
        }
        return null;
    }

    /** The component's name and the older names files may use for it. */
    private static List<String> names(RecordComponent c) {
        List<String> names = new ArrayList<>(List.of(c.getName()));
        JsonAlias alias = c.getAccessor().getAnnotation(JsonAlias.class);
        if (alias != null) {
            names.addAll(List.of(alias.value()));
        }
        return names;
    }

    private static JsonNode parse(Class<?> owner, RecordComponent c, String text) {
        try {
            return parse(c.getType(), c.getGenericType(), text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(label(owner) + " field '" + c.getName() + "': '" + text + "' is not "
                    + expected(c.getType(), c.getGenericType(), true));
        }
    }

    private static JsonNode parse(Class<?> type, Type generic, String text) {
        if (type == int.class || type == Integer.class) {
            return IntNode.valueOf(Integer.parseInt(text));
        }
        if (type == long.class || type == Long.class) {
            return LongNode.valueOf(Long.parseLong(text));
        }
        if (type == double.class || type == Double.class) {
            return DoubleNode.valueOf(Double.parseDouble(text));
        }
        if (type == boolean.class || type == Boolean.class) {
            if (!text.equals("true") && !text.equals("false")) {
                throw new NumberFormatException(text);
            }
            return BooleanNode.valueOf(Boolean.parseBoolean(text));
        }
        if (type == String.class) {
            return TextNode.valueOf(text);
        }
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equalsIgnoreCase(text.replace('-', '_'))) {
                    return MAPPER.valueToTree(constant);
                }
            }
            throw new NumberFormatException(text);
        }
        if (List.class.isAssignableFrom(type)) {
            Class<?> element = element(generic);
            ArrayNode list = MAPPER.createArrayNode();
            for (String item : text.split(",")) {
                list.add(parse(element, element, item.strip()));
            }
            return list;
        }
        return MAPPER.valueToTree(named(type, text));
    }

    /** The value of a type that names its values, through its static {@code of(String)}. */
    private static Object named(Class<?> type, String text) {
        try {
            Method of = type.getMethod("of", String.class);
            if (!Modifier.isStatic(of.getModifiers())) {
                throw new NoSuchMethodException();
            }
            return of.invoke(null, text);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException bad) {
                throw new IllegalArgumentException(bad.getMessage(), bad);
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(type.getSimpleName() + " cannot be set from text");
        }
    }

    private static String expected(Class<?> type, Type generic, boolean text) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "an integer";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(e -> ((Enum<?>) e).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .collect(Collectors.joining(", "));
        }
        if (List.class.isAssignableFrom(type)) {
            Class<?> element = element(generic);
            String of = element == Integer.class || element == Long.class ? "integers" : "values";
            return text ? "a comma-separated list of " + of : "a list of " + of;
        }
        return "a valid " + type.getSimpleName();
    }

    private static Class<?> element(Type generic) {
        return (Class<?>) ((ParameterizedType) generic).getActualTypeArguments()[0];
    }

    private static <C> Class<C> requireRecord(Class<C> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a config record");
        }
        return type;
    }

    private static String label(Class<?> type) {
        return type.getSimpleName().replaceFirst("(Config|Settings)$", "").toLowerCase(Locale.ROOT);
    }
}
