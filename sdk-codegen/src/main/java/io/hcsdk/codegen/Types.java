package io.hcsdk.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.hcsdk.codegen.JType.Kind;
import io.hcsdk.codegen.ServiceModel.ObjectType;
import io.hcsdk.codegen.ServiceModel.Property;

/** Java types and class names of the model's parts. */
final class Types {
  static final ClassName STRING = ClassName.get(String.class);
  static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName MAP = ClassName.get("java.util", "Map");
  static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
  static final ClassName OFFSET_DATE_TIME = ClassName.get("java.time", "OffsetDateTime");
  static final ClassName INSTANT = ClassName.get("java.time", "Instant");
  static final ClassName VALIDATOR = ClassName.get("io.hcsdk.core.validate", "Validator");
  static final ClassName VALIDATABLE = ClassName.get("io.hcsdk.core.validate", "Validatable");
  static final ClassName OPEN_ENUM = ClassName.get("io.hcsdk.core.json", "OpenEnum");
  static final ClassName HC_STYLE = ClassName.get("io.hcsdk.core.json", "HcStyle");
  static final ClassName VALUE = ClassName.get("org.immutables.value", "Value");
  static final ClassName JSON_PROPERTY =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
  static final ClassName JSON_ANY_GETTER =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonAnyGetter");
  static final ClassName JSON_CREATOR = ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");
  static final ClassName JSON_SERIALIZE =
      ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonSerialize");
  static final ClassName JSON_DESERIALIZE =
      ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");

  private final ServiceModel model;

  Types(ServiceModel model) {
    this.model = model;
  }

  ClassName support(String javaPackage) {
    return ClassName.get(javaPackage, Emitter.SUPPORT);
  }

  ClassName className(ObjectType type) {
    return ClassName.get(type.javaPackage, type.javaName);
  }

  ClassName codec(ObjectType type) {
    return ClassName.get(type.javaPackage, type.javaName + "Json");
  }

  /** The object type a schema key stands for in Java (a variant stands for its base). */
  ObjectType objectOf(String key) {
    ObjectType variant = model.variants.get(key);
    return model.objects.get(variant != null ? variant.variantOf : key);
  }

  boolean isEnum(JType type) {
    return type instanceof JType.Named n && model.enums.containsKey(n.schema());
  }

  boolean isVariant(JType type) {
    return type instanceof JType.Named n && model.variants.containsKey(n.schema());
  }

  /** The boxed Java type of a scalar or named type. */
  TypeName element(JType type) {
    if (type instanceof JType.Scalar s) {
      return switch (s.kind()) {
        case STRING -> STRING;
        case INT -> ClassName.get(Integer.class);
        case LONG -> ClassName.get(Long.class);
        case DOUBLE -> ClassName.get(Double.class);
        case BOOLEAN -> ClassName.get(Boolean.class);
        case DATE_TIME -> OFFSET_DATE_TIME;
        case EPOCH_MILLIS, EPOCH_MILLIS_STRING -> INSTANT;
        case JSON -> JSON_NODE;
      };
    }
    if (type instanceof JType.Named n) {
      if (model.enums.containsKey(n.schema())) {
        var e = model.enums.get(n.schema());
        return ClassName.get(e.javaPackage, e.javaName);
      }
      return className(objectOf(n.schema()));
    }
    throw new IllegalArgumentException("not an element type: " + type);
  }

  /** The accessor's return type. */
  TypeName accessor(Property p) {
    if (p.type instanceof JType.ListOf l) {
      return ParameterizedTypeName.get(LIST, element(l.element()));
    }
    if (p.type instanceof JType.MapOf m) {
      return ParameterizedTypeName.get(MAP, STRING, element(m.value()));
    }
    TypeName element = element(p.type);
    return p.optional ? ParameterizedTypeName.get(OPTIONAL, element) : element;
  }

  static boolean is(JType type, Kind kind) {
    return type instanceof JType.Scalar s && s.kind() == kind;
  }
}
