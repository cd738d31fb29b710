package org.humfig.text;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a bundled data file's tree (maps, lists, strings, numbers, booleans) and binds it to the
 * record a reader declares: each field by its component's name, or the name its {@link
 * JsonProperty} gives; a field the file leaves out is null, and a field the record does not have is
 * an error. Numbers, strings and booleans convert as they are written (1 to a Double, 12 to a
 * String); lists, sets, maps keyed by strings and nested records bind their elements.
 *
 * <p>A few dozen lines of reflection over the files' records, where a general data binder spends a
 * short run's time working out how to bind them.
 */
final class Binder {

  private Binder() {}

  /**
   * Returns the value at the parser's current token, or at its next when it has read none: maps,
   * lists, strings, numbers, booleans, null.
   */
  static Object tree(JsonParser p) throws IOException {
    JsonToken t = p.currentToken() != null ? p.currentToken() : p.nextToken();
    return t == null ? null : value(p, t);
  }

  private static Object value(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        for (JsonToken k = p.nextToken(); k == JsonToken.FIELD_NAME; k = p.nextToken()) {
          String name = p.currentName();
          map.put(name, value(p, p.nextToken()));
        }
        return map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
          list.add(value(p, k));
        }
        return list;
      }
      case VALUE_STRING -> {
        return p.getText();
      }
      case VALUE_NUMBER_INT -> {
        return p.getNumberValue();
      }
      case VALUE_NUMBER_FLOAT -> {
        return p.getDoubleValue();
      }
      case VALUE_TRUE -> {
        return Boolean.TRUE;
      }
      case VALUE_FALSE -> {
        return Boolean.FALSE;
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new IOException("unexpected " + t + " at " + p.currentLocation());
    }
  }

  /**
   * Returns {@code tree} as a {@code type}.
   *
   * @throws IllegalArgumentException naming the field whose value does not fit
   */
  static Object bind(Object tree, Type type, String where) {
    if (tree == null) {
      return null;
    }
    Class<?> raw = raw(type);
    if (raw.isRecord()) {
      return record(map(tree, where), raw, where);
    }
    if (raw == String.class) {
      if (tree instanceof Map || tree instanceof List) {
        throw mismatch(where, "a text", tree);
      }
      return tree.toString();
    }
    if (raw == Double.class || raw == double.class) {
      return tree instanceof Number n ? n.doubleValue() : Double.parseDouble(scalar(tree, where));
    }
    if (raw == Integer.class || raw == int.class) {
      return tree instanceof Number n ? n.intValue() : Integer.parseInt(scalar(tree, where));
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return tree instanceof Boolean b ? b : Boolean.parseBoolean(scalar(tree, where));
    }
    if (Map.class.isAssignableFrom(raw)) {
      Type element = argument(type, 1);
      Map<String, Object> bound = new LinkedHashMap<>();
      map(tree, where).forEach((k, v) -> bound.put(k, bind(v, element, where + "." + k)));
      return bound;
    }
    if (Collection.class.isAssignableFrom(raw)) {
      if (!(tree instanceof List<?> list)) {
        throw mismatch(where, "a list", tree);
      }
      Type element = argument(type, 0);
      Collection<Object> bound =
          Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        bound.add(bind(list.get(i), element, where + "[" + i + "]"));
      }
      return bound;
    }
    if (raw == Object.class) {
      return tree;
    }
    throw new IllegalArgumentException(where + ": cannot read a " + raw.getSimpleName());
  }

  private static Object record(Map<String, Object> map, Class<?> type, String where) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    Set<String> known = new LinkedHashSet<>();
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      JsonProperty named = c.getAccessor().getAnnotation(JsonProperty.class);
      String name = named != null && !named.value().isEmpty() ? named.value() : c.getName();
      known.add(name);
      types[i] = c.getType();
      args[i] = bind(map.get(name), c.getGenericType(), where + "." + name);
    }
    for (String key : map.keySet()) {
      if (!known.contains(key)) {
        throw new IllegalArgumentException(where + ": unknown field '" + key + "'");
      }
    }
    try {
      Constructor<?> make = type.getDeclaredConstructor(types);
      make.setAccessible(true);
      return make.newInstance(args);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(where + ": " + e.getCause().getMessage(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(where + ": cannot make a " + type.getSimpleName(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object tree, String where) {
    if (!(tree instanceof Map)) {
      throw mismatch(where, "a map", tree);
    }
    return (Map<String, Object>) tree;
  }

  private static String scalar(Object tree, String where) {
    if (tree instanceof Map || tree instanceof List) {
      throw mismatch(where, "a single value", tree);
    }
    return tree.toString();
  }

  private static IllegalArgumentException mismatch(String where, String wanted, Object tree) {
    String found =
        tree instanceof Map ? "a map" : tree instanceof List ? "a list" : "'" + tree + "'";
    return new IllegalArgumentException(where + ": expected " + wanted + ", found " + found);
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalArgumentException("cannot read a " + type);
  }

  private static Type argument(Type type, int index) {
    return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
  }
}
