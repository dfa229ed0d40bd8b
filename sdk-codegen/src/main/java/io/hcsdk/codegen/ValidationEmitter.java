package io.hcsdk.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.hcsdk.codegen.JType.Kind;
import io.hcsdk.codegen.ServiceModel.ObjectType;
import io.hcsdk.codegen.ServiceModel.Property;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The body of a generated {@code validate(Validator v)}: the documented constraints, property by
 * property in spec order, with the messages and JSON field paths of {@code Validator}, then the
 * type's hand-written rules ({@code x-hcsdk-customization}).
 */
final class ValidationEmitter {
  private final ServiceModel model;
  private final Types types;
  private final Map<String, String> patternConstants;

  ValidationEmitter(ServiceModel model, Types types, Map<String, String> patternConstants) {
    this.model = model;
    this.types = types;
    this.patternConstants = patternConstants;
  }

  /** The checks of {@code type}, reading accessors through {@code receiver} ("" or "value."). */
  CodeBlock body(ObjectType type, String receiver) {
    ClassName support = types.support(type.javaPackage);
    CodeBlock.Builder code = CodeBlock.builder();
    for (Property p : type.properties) {
      property(code, support, p, receiver + p.javaName + "()");
      if (p.notBelow != null) {
        Property low = type.property(p.notBelow);
        code.addStatement("v.notBelow($S, $L, $S, $L)", p.wireName, optional(p, receiver),
            low.wireName, optional(low, receiver));
      }
    }
    if (type.customization != null) {
      code.addStatement("$T.validate($L, v)", ClassName.get(type.javaPackage, type.customization),
          receiver.isEmpty() ? "this" : receiver.substring(0, receiver.length() - 1));
    }
    return code.build();
  }

  private static String optional(Property p, String receiver) {
    String call = receiver + p.javaName + "()";
    return p.optional ? call : "java.util.Optional.of(" + call + ")";
  }

  private void property(CodeBlock.Builder code, ClassName support, Property p, String value) {
    String f = p.wireName;
    boolean required = p.required && !p.identity;
    JType type = p.type;
    if (type instanceof JType.ListOf list) {
      if (p.minItems != null && p.maxItems != null) {
        code.addStatement("v.size($S, $L, $L, $L)", f, value, p.minItems, p.maxItems);
      } else if (p.maxItems != null) {
        code.addStatement("v.size($S, $L, 0, $L)", f, value, p.maxItems);
      } else if (p.minItems != null) {
        code.addStatement("$T.minSize(v, $S, $L, $L)", support, f, value, p.minItems);
      } else if (required) {
        code.addStatement("$T.notEmpty(v, $S, $L)", support, f, value);
      }
      if (types.isVariant(list.element())) {
        code.beginControlFlow("for (int i = 0; i < $L.size(); i++)", value)
            .addStatement("$T.validate($L.get(i), v.child($S, i))", variantClass(list.element()),
                value, f)
            .endControlFlow();
      } else if (holdsValidatable(list.element())) {
        code.addStatement("v.each($S, $L)", f, value);
      }
      return;
    }
    if (type instanceof JType.MapOf) {
      if (required) {
        code.addStatement("$T.notEmpty(v, $S, $L)", support, f, value);
      }
      return;
    }
    if (Types.is(type, Kind.STRING)) {
      string(code, support, p, value, required);
      return;
    }
    if (Types.is(type, Kind.INT) || Types.is(type, Kind.LONG)) {
      integer(code, support, p, value, required);
      return;
    }
    if (Types.is(type, Kind.DOUBLE)) {
      if (required && p.optional) {
        code.addStatement("$T.present(v, $S, $L)", support, f, value);
      }
      if (p.minimum != null || p.maximum != null) {
        code.addStatement("$T.range(v, $S, $L, $L, $L)", support, f, value,
            p.minimum == null ? "Double.NEGATIVE_INFINITY" : p.minimum.toPlainString(),
            p.maximum == null ? "Double.POSITIVE_INFINITY" : p.maximum.toPlainString());
      }
      return;
    }
    if (types.isEnum(type)) {
      if (required) {
        if (p.optional) {
          code.addStatement("$T.required(v, $S, $L.map($T::value))", support, f, value,
              Types.OPEN_ENUM);
        } else {
          code.addStatement("$T.required(v, $S, $L.value())", support, f, value);
        }
      }
      return;
    }
    if (types.isVariant(type)) {
      ClassName rules = variantClass(type);
      if (!p.optional) {
        code.addStatement("$T.validate($L, v.child($S))", rules, value, f);
      } else if (required) {
        code.beginControlFlow("if ($T.present(v, $S, $L))", support, f, value)
            .addStatement("$T.validate($L.get(), v.child($S))", rules, value, f)
            .endControlFlow();
      } else {
        code.addStatement("$L.ifPresent(x -> $T.validate(x, v.child($S)))", value, rules, f);
      }
      return;
    }
    if (holdsValidatable(type)) {
      code.addStatement(required && p.optional ? "$T.requiredNested(v, $S, $L)" : "v.nested($S, $L)",
          required && p.optional ? new Object[] {support, f, value} : new Object[] {f, value});
      return;
    }
    if (required && p.optional) {
      code.addStatement("$T.present(v, $S, $L)", support, f, value);
    }
  }

  private void string(CodeBlock.Builder code, ClassName support, Property p, String value,
      boolean required) {
    String f = p.wireName;
    String pattern = p.pattern == null ? "null"
        : Emitter.SUPPORT + "." + patternConstants.get(p.pattern);
    String chars = p.pattern == null ? "null" : '"' + escapeJava(p.patternText) + '"';
    boolean lengths = p.minLength != null || p.maxLength != null;
    boolean text = p.maxLength != null || p.pattern != null;
    int min = p.minLength == null ? 0 : p.minLength;
    String max = p.maxLength == null ? "Integer.MAX_VALUE" : p.maxLength.toString();
    if (required && !lengths) {
      code.addStatement("$T.required(v, $S, $L)", support, f, value);
    } else if (required && p.optional && !text) {
      code.addStatement("$T.present(v, $S, $L)", support, f, value);
    }
    if (!required && p.notBlank) {
      code.addStatement("$T.notBlank(v, $S, $L)", support, f, value);
    }
    if (p.minLength != null && p.maxLength == null) {
      code.addStatement("$T.minLength(v, $S, $L, $L)", support, f, value, min);
    }
    if (text) {
      int from = p.maxLength == null ? 0 : min;
      if (required && p.optional && lengths) {
        code.addStatement("$T.requiredText(v, $S, $L, $L, $L,$W$L,$W$L)", support, f, value, from,
            max, pattern, chars);
      } else {
        code.addStatement("v.text($S, $L, $L, $L,$W$L,$W$L)", f, value, from, max, pattern, chars);
      }
    }
    if (p.forbiddenChars != null) {
      code.addStatement("v.noneOf($S, $L, $S)", f,
          p.optional ? value : "java.util.Optional.of(" + value + ")", p.forbiddenChars);
    }
  }

  private static void integer(CodeBlock.Builder code, ClassName support, Property p, String value,
      boolean required) {
    String f = p.wireName;
    String min = p.minimum == null ? null : p.minimum.toBigInteger().toString();
    String max = p.maximum == null ? null : p.maximum.toBigInteger().toString();
    String suffix = isLong(p.minimum) || isLong(p.maximum) ? "L" : "";
    if (required && p.optional) {
      if (min != null && max != null) {
        code.addStatement("$T.requiredRange(v, $S, $L, $L$L, $L$L)", support, f, value, min,
            suffix, max, suffix);
      } else if (min != null) {
        code.addStatement("$T.requiredAtLeast(v, $S, $L, $L$L)", support, f, value, min, suffix);
      } else if (max != null) {
        code.addStatement("$T.requiredAtMost(v, $S, $L, $L$L)", support, f, value, max, suffix);
      } else {
        code.addStatement("$T.present(v, $S, $L)", support, f, value);
      }
      return;
    }
    if (min != null && max != null) {
      code.addStatement("v.range($S, $L, $L$L, $L$L)", f, value, min, suffix, max, suffix);
    } else if (min != null) {
      code.addStatement("$T.atLeast(v, $S, $L, $L$L)", support, f, value, min, suffix);
    } else if (max != null) {
      code.addStatement("$T.atMost(v, $S, $L, $L$L)", support, f, value, max, suffix);
    }
  }

  private static boolean isLong(BigDecimal bound) {
    return bound != null && (bound.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
        || bound.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0);
  }

  private boolean holdsValidatable(JType type) {
    if (!(type instanceof JType.Named n) || model.enums.containsKey(n.schema())) {
      return false;
    }
    ObjectType target = model.objects.get(n.schema());
    return target != null && target.validatable;
  }

  /** The generated class holding a variant's rules: named after the variant schema. */
  private ClassName variantClass(JType type) {
    ObjectType variant = model.variants.get(((JType.Named) type).schema());
    return ClassName.get(variant.javaPackage, variant.javaName);
  }

  static String escapeJava(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
