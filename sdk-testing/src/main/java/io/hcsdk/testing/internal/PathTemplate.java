package io.hcsdk.testing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A spec path such as {@code /v1/workspaces/{workspace_id}/endpoints/{endpoint_id}}, matched against
 * decoded path segments. A parameter matches exactly one non-empty segment.
 */
public final class PathTemplate {
  private final String text;
  private final List<String> segments;

  PathTemplate(String text) {
    this.text = text;
    List<String> parts = new ArrayList<>();
    for (String part : text.split("/")) {
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    this.segments = List.copyOf(parts);
  }

  public String text() {
    return text;
  }

  int size() {
    return segments.size();
  }

  /** How many segments are literal: among templates matching one path, the most literal one wins. */
  int literalCount() {
    return (int) segments.stream().filter(s -> !isParam(s)).count();
  }

  /** The parameter values, or empty when the path does not match. */
  Optional<Map<String, String>> match(List<String> decodedSegments) {
    if (decodedSegments.size() != segments.size()) {
      return Optional.empty();
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      String template = segments.get(i);
      String actual = decodedSegments.get(i);
      if (isParam(template)) {
        if (actual.isEmpty()) {
          return Optional.empty();
        }
        params.put(template.substring(1, template.length() - 1), actual);
      } else if (!template.equals(actual)) {
        return Optional.empty();
      }
    }
    return Optional.of(params);
  }

  /**
   * Whether one concrete path could match both templates: same length, and at every position either
   * equal literals or a parameter on at least one side.
   */
  boolean overlaps(PathTemplate other) {
    if (other.segments.size() != segments.size()) {
      return false;
    }
    for (int i = 0; i < segments.size(); i++) {
      String a = segments.get(i);
      String b = other.segments.get(i);
      if (!isParam(a) && !isParam(b) && !a.equals(b)) {
        return false;
      }
    }
    return true;
  }

  /** This template with its last segment removed ({@code /a/{id}} gives {@code /a}). */
  Optional<PathTemplate> parent() {
    if (segments.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new PathTemplate("/" + String.join("/", segments.subList(0, segments.size() - 1))));
  }

  /** The name of the last segment's parameter, if it is one. */
  Optional<String> lastParam() {
    if (segments.isEmpty() || !isParam(segments.get(segments.size() - 1))) {
      return Optional.empty();
    }
    String last = segments.get(segments.size() - 1);
    return Optional.of(last.substring(1, last.length() - 1));
  }

  /** Whether {@code this} starts with every segment of {@code prefix}. */
  boolean startsWith(PathTemplate prefix) {
    return prefix.segments.size() <= segments.size()
        && segments.subList(0, prefix.segments.size()).equals(prefix.segments);
  }

  /** The parameter names, in order. */
  List<String> params() {
    List<String> out = new ArrayList<>();
    for (String s : segments) {
      if (isParam(s)) {
        out.add(s.substring(1, s.length() - 1));
      }
    }
    return out;
  }

  private static boolean isParam(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PathTemplate t && t.segments.equals(segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
