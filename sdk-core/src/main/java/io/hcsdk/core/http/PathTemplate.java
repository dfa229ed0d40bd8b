package io.hcsdk.core.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;

/**
 * A parsed path template such as {@code /v1/workspaces/{workspace_id}/endpoints}. Parameters fill
 * whole segments and are added through OkHttp's segment encoder, so a {@code /} or {@code ?} inside
 * an id is percent-encoded and can never change the path.
 */
final class PathTemplate {
  private static final Map<String, PathTemplate> CACHE = new ConcurrentHashMap<>();

  private final List<String> segments;
  private final List<String> parameterNames;
  /** Per segment, the parameter it is filled from, or null for a constant one: no substring per call. */
  private final String[] segmentParameters;

  private PathTemplate(String template) {
    List<String> parsed = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String segment : template.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      parsed.add(segment);
      if (isParameter(segment)) {
        names.add(segment.substring(1, segment.length() - 1));
      }
    }
    this.segments = List.copyOf(parsed);
    this.parameterNames = List.copyOf(names);
    this.segmentParameters = new String[segments.size()];
    for (int i = 0; i < segmentParameters.length; i++) {
      String segment = segments.get(i);
      segmentParameters[i] = isParameter(segment) ? segment.substring(1, segment.length() - 1) : null;
    }
  }

  static PathTemplate of(String template) {
    return CACHE.computeIfAbsent(template, PathTemplate::new);
  }

  List<String> parameterNames() {
    return parameterNames;
  }

  void appendTo(HttpUrl.Builder url, Map<String, String> values) {
    for (int i = 0; i < segmentParameters.length; i++) {
      String parameter = segmentParameters[i];
      url.addPathSegment(parameter == null ? segments.get(i) : values.get(parameter));
    }
  }

  private static boolean isParameter(String segment) {
    return segment.length() > 2 && segment.charAt(0) == '{' && segment.charAt(segment.length() - 1) == '}';
  }
}
