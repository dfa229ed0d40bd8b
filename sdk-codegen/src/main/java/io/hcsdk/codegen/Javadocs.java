package io.hcsdk.codegen;

import io.hcsdk.codegen.JType.Kind;
import io.hcsdk.codegen.ServiceModel.Property;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Javadoc text: the documented description, then the constraints in words. */
final class Javadocs {
  private Javadocs() {}

  /** Escapes documentation text for javadoc (HTML and the comment terminator). */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("*/", "*&#47;").replace("@", "&#64;").trim();
  }

  static String sentence(String text) {
    String t = text.trim();
    if (t.isEmpty()) {
      return t;
    }
    t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
    return t.endsWith(".") ? t : t + ".";
  }

  /** The javadoc of a property's accessor. */
  static String property(Property p, boolean readFromResponses) {
    List<String> rules = new ArrayList<>();
    if (p.identity) {
      rules.add("always present (a response without it is refused)");
    } else if (p.required) {
      rules.add(p.optional && readFromResponses ? "mandatory in requests" : "required");
    }
    if (p.minLength != null || p.maxLength != null) {
      rules.add(lengths(p.minLength, p.maxLength, "characters"));
    }
    if (p.patternText != null) {
      rules.add("only " + p.patternText);
    }
    if (p.forbiddenChars != null) {
      rules.add("none of {@code " + p.forbiddenChars + "}");
    }
    if (p.notBlank) {
      rules.add("not blank when given");
    }
    if (p.minimum != null || p.maximum != null) {
      rules.add(range(p.minimum, p.maximum));
    }
    if (p.notBelow != null) {
      rules.add("not below {@code " + p.notBelow + "}");
    }
    if (p.minItems != null || p.maxItems != null) {
      rules.add(lengths(p.minItems, p.maxItems, "entries"));
    }
    if (p.defaultValue != null && !p.defaultValue.isNull()) {
      rules.add("server default " + p.defaultValue.asText());
    }
    if ("empty-string-absent".equals(p.wire)) {
      rules.add("a {@code \"\"} on the wire reads as absent");
    } else if ("int-or-string".equals(p.wire)) {
      rules.add("read from a number or a numeric string, written as a number");
    } else if ("string".equals(p.wire)) {
      rules.add("a string on the wire");
    }
    if (Types.is(p.type, Kind.EPOCH_MILLIS)) {
      rules.add("epoch milliseconds on the wire");
    } else if (Types.is(p.type, Kind.EPOCH_MILLIS_STRING)) {
      rules.add("epoch milliseconds as a string on the wire");
    } else if (Types.is(p.type, Kind.JSON)) {
      rules.add("free-form JSON, passed through untouched; {@code toString()} masks its secret keys");
    }
    if (p.secret) {
      rules.add("a secret: {@code toString()} shows {@code ****}");
    }
    if (p.envMap) {
      rules.add("{@code toString()} masks the values");
    }
    String text = sentence(escape(p.description));
    if (!rules.isEmpty()) {
      text = (text.isEmpty() ? "" : text + " ") + sentence(String.join("; ", rules));
    }
    return text.isEmpty() ? "The {@code " + p.wireName + "} field." : text;
  }

  private static String lengths(Integer min, Integer max, String unit) {
    if (min != null && max != null) {
      return min + " to " + max + " " + unit;
    }
    return min != null ? "at least " + min + " " + unit : "at most " + max + " " + unit;
  }

  private static String range(BigDecimal min, BigDecimal max) {
    if (min != null && max != null) {
      return "between " + min.toPlainString() + " and " + max.toPlainString();
    }
    return min != null ? "at least " + min.toPlainString() : "at most " + max.toPlainString();
  }

  /** Wraps text to lines of at most {@code width} characters (javadoc lines stay readable). */
  static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    for (String paragraph : text.split("\n", -1)) {
      int column = 0;
      for (String word : paragraph.split(" ")) {
        if (word.isEmpty()) {
          continue;
        }
        if (column > 0 && column + 1 + word.length() > width) {
          out.append('\n');
          column = 0;
        } else if (column > 0) {
          out.append(' ');
          column++;
        }
        out.append(word);
        column += word.length();
      }
      out.append('\n');
    }
    return out.toString().stripTrailing();
  }
}
