package io.hcsdk.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.hcsdk.codegen.JType.Kind;
import io.hcsdk.codegen.ServiceModel.EnumType;
import io.hcsdk.codegen.ServiceModel.ObjectType;
import io.hcsdk.codegen.ServiceModel.Property;
import javax.lang.model.element.Modifier;

/**
 * One Immutables value type per object schema, in the house style: an interface by default; an
 * abstract class when its {@code toString()} must mask values Immutables would print (an
 * environment-variable map or free-form JSON), because only a class can declare {@code toString}.
 */
final class ValueTypeEmitter {
  private final ServiceModel model;
  private final Types types;
  private final ValidationEmitter validation;

  ValueTypeEmitter(ServiceModel model, Types types, ValidationEmitter validation) {
    this.model = model;
    this.types = types;
    this.validation = validation;
  }

  static boolean needsOwnToString(ObjectType type) {
    return type.keepUnknown || type.properties.stream()
        .anyMatch(p -> p.envMap || holdsJson(p.type));
  }

  /** Free-form JSON, or a list or map of it: Immutables would print its secrets. */
  private static boolean holdsJson(JType type) {
    return Types.is(type, Kind.JSON) || type instanceof JType.ListOf list && holdsJson(list.element())
        || type instanceof JType.MapOf map && holdsJson(map.value());
  }

  TypeSpec emit(ObjectType type) {
    boolean asClass = needsOwnToString(type);
    ClassName self = types.className(type);
    ClassName codec = types.codec(type);
    ClassName builder = self.nestedClass("Builder");
    ClassName support = types.support(type.javaPackage);
    TypeSpec.Builder spec = asClass
        ? TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        : TypeSpec.interfaceBuilder(self).addModifiers(Modifier.PUBLIC);
    spec.addJavadoc("$L", Javadocs.wrap(typeDoc(type, asClass), 96));
    spec.addAnnotation(AnnotationSpec.builder(Types.VALUE.nestedClass("Immutable")).build())
        .addAnnotation(Types.HC_STYLE)
        .addAnnotation(AnnotationSpec.builder(Types.JSON_SERIALIZE)
            .addMember("using", "$T.class", codec.nestedClass("Writer")).build())
        .addAnnotation(AnnotationSpec.builder(Types.JSON_DESERIALIZE)
            .addMember("using", "$T.class", codec.nestedClass("Reader")).build());
    if (type.validatable) {
      spec.addSuperinterface(Types.VALIDATABLE);
    }
    Modifier[] instance = asClass ? new Modifier[] {Modifier.PUBLIC}
        : new Modifier[] {Modifier.PUBLIC, Modifier.DEFAULT};
    if (asClass) {
      spec.addMethod(MethodSpec.constructorBuilder()
          .addJavadoc("Only the generated {@code Immutable$L} extends it.", type.javaName).build());
    }
    for (Property p : type.properties) {
      MethodSpec.Builder accessor = MethodSpec.methodBuilder(p.javaName)
          .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
          .returns(types.accessor(p))
          .addJavadoc("$L", Javadocs.wrap(Javadocs.property(p, type.response), 92));
      if (p.secret) {
        accessor.addAnnotation(Types.VALUE.nestedClass("Redacted"));
      }
      accessor.addAnnotation(AnnotationSpec.builder(Types.JSON_PROPERTY)
          .addMember("value", "$S", p.wireName).build());
      spec.addMethod(accessor.build());
    }
    if (type.keepUnknown) {
      spec.addMethod(MethodSpec.methodBuilder(type.unknownAccessor)
          .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
          .returns(ParameterizedTypeName.get(Types.MAP, Types.STRING, Types.JSON_NODE))
          .addJavadoc("Every other top-level key, verbatim; written after the documented keys.")
          .addAnnotation(Types.JSON_ANY_GETTER).build());
    }
    for (Property p : type.properties) {
      EnumType status = statusEnum(p);
      if (status != null) {
        spec.addMethod(hasMethod(p, status, instance));
      }
    }
    spec.addMethod(MethodSpec.methodBuilder("builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(builder)
        .addJavadoc("A new, empty builder.")
        .addStatement("return new Builder()").build());
    spec.addMethod(MethodSpec.methodBuilder("fromJson")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
        .addParameter(Types.STRING, "json")
        .addJavadoc("Reads one {@code $L} from its JSON; a {@code JsonException} if it is not\none.",
            type.javaName)
        .addStatement("return $T.fromJson(json, $T.class)", support, self).build());
    spec.addMethod(MethodSpec.methodBuilder("toJson")
        .addModifiers(instance).returns(Types.STRING)
        .addJavadoc("This value as JSON, exactly as the service reads and writes it.")
        .addStatement("return $T.toJson(this)", support).build());
    spec.addMethod(MethodSpec.methodBuilder("toBuilder")
        .addModifiers(instance).returns(builder)
        .addJavadoc("A builder holding this value's fields, for a modified copy.")
        .addStatement("Builder builder = builder()")
        .addStatement("builder.from(this)")
        .addStatement("return builder").build());
    if (type.validatable) {
      spec.addMethod(MethodSpec.methodBuilder("validate")
          .addAnnotation(Override.class)
          .addModifiers(instance)
          .addParameter(Types.VALIDATOR, "v")
          .addCode(validation.body(type, "")).build());
    }
    if (asClass) {
      spec.addMethod(toStringMethod(type, support));
    }
    TypeSpec.Builder nested = TypeSpec.classBuilder("Builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .superclass(ClassName.get(type.javaPackage, "Immutable" + type.javaName, "Builder"))
        .addJavadoc("The builder of this type; {@code build()} rejects missing required fields.");
    spec.addType(nested.build());
    return spec.build();
  }

  private String typeDoc(ObjectType type, boolean asClass) {
    StringBuilder doc = new StringBuilder(Javadocs.sentence(Javadocs.escape(type.description)));
    if (type.queryOf != null) {
      doc.setLength(0);
      doc.append(type.description);
    }
    boolean mandatoryOptionals = type.properties.stream()
        .anyMatch(p -> p.required && p.optional);
    if (type.validatable && type.response && mandatoryOptionals) {
      doc.append("\n\n<p>Also read from responses, so its documented-mandatory fields are"
          + " {@link java.util.Optional}s (a server omitting one never breaks parsing) that"
          + " {@link #validate} requires.");
    }
    if (asClass) {
      doc.append("\n\n<p>An abstract class rather than an interface only so that it can declare"
          + " {@code toString()}, which masks ");
      doc.append(type.properties.stream().anyMatch(p -> p.envMap)
          ? "environment variable values" : "secret keys of its free-form JSON");
      doc.append('.');
    }
    if (type.customization != null) {
      doc.append("\n\n<p>Hand-written rules beyond the spec: {@code ").append(type.customization)
          .append("}.");
    }
    doc.append("\n\n<p>Generated by sdk-codegen from {@code ").append(model.file).append("} ({@code ")
        .append(type.pointer.replace("~1", "/")).append("}); do not edit.");
    return doc.toString();
  }

  private EnumType statusEnum(Property p) {
    if (p.type instanceof JType.Named n && model.enums.containsKey(n.schema())) {
      EnumType e = model.enums.get(n.schema());
      return e.groups.isEmpty() ? null : e;
    }
    return null;
  }

  private MethodSpec hasMethod(Property p, EnumType status, Modifier[] modifiers) {
    String name = "has" + Character.toUpperCase(p.javaName.charAt(0)) + p.javaName.substring(1);
    TypeName type = ClassName.get(status.javaPackage, status.javaName);
    MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(modifiers)
        .returns(TypeName.BOOLEAN).addParameter(type, "expected")
        .addJavadoc("Whether {@code $L} is {@code expected}$L.", p.wireName,
            p.optional ? " (false when absent)" : "");
    if (p.optional) {
      method.addStatement("return $L().filter(expected::equals).isPresent()", p.javaName);
    } else {
      method.addStatement("return $L().equals(expected)", p.javaName);
    }
    return method.build();
  }

  /** Immutables' format ({@code Name{a=1, b=[x]}}, absent Optionals left out), masked. */
  private MethodSpec toStringMethod(ObjectType type, ClassName support) {
    CodeBlock.Builder code = CodeBlock.builder()
        .addStatement("StringBuilder text = new StringBuilder($S)", type.javaName + "{");
    for (Property p : type.properties) {
      String value = p.javaName + "()";
      if (p.secret) {
        value = p.optional ? value + ".map(x -> \"****\")" : "\"****\"";
      } else if (p.envMap) {
        value = support.simpleName() + ".maskedEnvVars(" + value + ")";
      } else if (holdsJson(p.type)) {
        // A list or map of free-form JSON is never an Optional: masked whole.
        boolean optional = p.optional && Types.is(p.type, Kind.JSON);
        value = optional ? value + ".map(" + support.simpleName() + "::maskedJson)"
            : support.simpleName() + ".maskedJson(" + value + ")";
      }
      code.addStatement("$T.field(text, $S, $L)", support, p.javaName, value);
    }
    if (type.keepUnknown) {
      code.addStatement("$T.field(text, $S, $T.maskedJson($L()))", support, type.unknownAccessor,
          support, type.unknownAccessor);
    }
    code.addStatement("return text.append('}').toString()");
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(Types.STRING)
        .addJavadoc("Every field as Immutables would print it, with secrets masked.")
        .addCode(code.build())
        .build();
  }
}
