package io.hcsdk.core.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model's builder was asked to {@code build()} without a field the documents require: thrown by the
 * generated builders (through the models' shared Immutables style) before anything can be sent, with a
 * violation per missing field, its path being the builder's attribute ({@code endpointId} for
 * {@code .endpointId(...)}). Requests read from JSON report the JSON path instead.
 */
public class MissingFieldsException extends ValidationException {
  // The generated builders' own wording: "Cannot build Type, some of required attributes are not set [a, b]".
  private static final Pattern GENERATED = Pattern.compile("Cannot build (\\w+), .*\\[(.*)]\\s*$");

  /** Called by the generated builders with their message, which names the type and the missing attributes. */
  public MissingFieldsException(String builderMessage) {
    this(parse(builderMessage));
  }

  private MissingFieldsException(Parsed parsed) {
    super(parsed.subject, parsed.violations);
  }

  private record Parsed(String subject, List<Violation> violations) {}

  private static Parsed parse(String message) {
    Matcher m = GENERATED.matcher(message == null ? "" : message);
    if (!m.find()) {
      return new Parsed("The model", List.of(new Violation("", String.valueOf(message))));
    }
    List<Violation> violations = new ArrayList<>();
    for (String attribute : m.group(2).split(",\\s*")) {
      if (!attribute.isBlank()) {
        violations.add(new Violation(attribute.trim(), "is required"));
      }
    }
    return new Parsed(m.group(1), violations);
  }
}
