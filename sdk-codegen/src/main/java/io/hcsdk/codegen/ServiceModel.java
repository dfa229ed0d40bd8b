package io.hcsdk.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the generator emits, read from a spec with the conventions applied: value types, enums,
 * validation variants and operations. Built by {@link ModelReader}; plain data.
 */
final class ServiceModel {
  String file;
  String service;
  String modelPackage;
  /** Package and simple name of the generated operation descriptors class. */
  String operationsPackage;
  String operationsClass;
  /** Generated value types by schema key, in spec order (query types after the schemas). */
  final Map<String, ObjectType> objects = new LinkedHashMap<>();
  final Map<String, EnumType> enums = new LinkedHashMap<>();
  /** {@code x-hcsdk-variant-of} schemas: validation rules for another schema's Java type. */
  final Map<String, ObjectType> variants = new LinkedHashMap<>();
  final List<Operation> operations = new ArrayList<>();

  /** A value type (or a validation variant of one). */
  static final class ObjectType {
    String key;
    String javaName;
    String javaPackage;
    String pointer;
    String description;
    final List<Property> properties = new ArrayList<>();
    boolean keepUnknown;
    /** The accessor of the unknown keys: additionalProperties, or unknownProperties if taken. */
    String unknownAccessor = "additionalProperties";
    String customization;
    /** For a variant: the schema whose Java type it validates. */
    String variantOf;
    /** For a query type: the operation whose query parameters it gathers. */
    Operation queryOf;
    boolean request;
    boolean response;
    boolean validatable;

    Property property(String wireName) {
      return properties.stream().filter(p -> p.wireName.equals(wireName)).findFirst().orElse(null);
    }
  }

  static final class Property {
    String wireName;
    String javaName;
    String pointer;
    String description;
    JType type;
    boolean required;
    boolean identity;
    boolean secret;
    boolean envMap;
    /** {@code x-hcsdk-wire}: int-or-string, empty-string-absent or string; null if none. */
    String wire;
    Integer minLength;
    Integer maxLength;
    String pattern;
    String patternText;
    String forbiddenChars;
    BigDecimal minimum;
    BigDecimal maximum;
    Integer minItems;
    Integer maxItems;
    JsonNode defaultValue;
    String notBelow;
    boolean notBlank;
    /** Set by the model: whether the accessor returns an Optional (scalars and named types). */
    boolean optional;
  }

  static final class EnumType {
    String key;
    String javaName;
    String javaPackage;
    String pointer;
    String description;
    final List<String> values = new ArrayList<>();
    final Map<String, String> constantNames = new LinkedHashMap<>();
    final Map<String, List<String>> groups = new LinkedHashMap<>();
  }

  static final class Operation {
    String id;
    /** The descriptor's constant: {@code x-hcsdk-java-name}, else the upper snake case of the id. */
    String constant;
    String method;
    String path;
    String pointer;
    String host;
    String description;
    final List<String> scope = new ArrayList<>();
    final List<String> pathParams = new ArrayList<>();
    final List<Parameter> queryParams = new ArrayList<>();
    String queryType;
    String bodyType;
    String responseType;
    int successStatus;
    boolean idempotent;
    final Map<String, JsonNode> paging = new LinkedHashMap<>();
    /** Resolved paging paths: the items list, and the properties leading to total / next token. */
    Property pagingItems;
    final List<Property> pagingTotal = new ArrayList<>();
    final List<Property> pagingNextToken = new ArrayList<>();
    /** Whether x-hcsdk-idempotent was given (the descriptor then says it explicitly). */
    boolean idempotentDeclared;
    String customization;
  }

  /** A query parameter of an operation without a query type. */
  record Parameter(String name, JType type, boolean required, String description) {}
}
