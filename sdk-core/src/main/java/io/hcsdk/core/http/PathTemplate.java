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
  /** Whether {@link #url} keeps its last URL: the template names a collection (see there). */
  private final boolean memoized;
  private volatile Built last;

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
    this.memoized = segmentParameters.length > 0 && segmentParameters[segmentParameters.length - 1] == null;
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

  /**
   * The path under {@code base} filled from {@code values}. A template that ends in a constant
   * segment names a collection ({@code .../workspaces/{workspace_id}/endpoints}: creates and
   * lists), whose parameters are usually the client's scope and so the same from call to call:
   * it keeps the last URL it built and returns it again for the same base and values, where
   * building it (OkHttp's copy of the base, each segment's canonicalisation, the URL string) was
   * about 7% of a CreateEndpoint's CPU. {@link HttpUrl} is immutable, so sharing it is safe; any
   * difference in base or values builds afresh.
   */
  HttpUrl url(HttpUrl base, Map<String, String> values) {
    if (!memoized) {
      return build(base, values);
    }
    Built built = last;
    if (built != null && built.sameAs(base, values)) {
      return built.url;
    }
    HttpUrl url = build(base, values);
    String[] used = new String[segmentParameters.length];
    for (int i = 0; i < used.length; i++) {
      used[i] = segmentParameters[i] == null ? null : values.get(segmentParameters[i]);
    }
    last = new Built(base, used, url);
    return url;
  }

  private HttpUrl build(HttpUrl base, Map<String, String> values) {
    HttpUrl.Builder url = base.newBuilder();
    appendTo(url, values);
    return url.build();
  }

  /** A URL and the base and per-segment parameter values it was built from. */
  private final class Built {
    final HttpUrl base;
    final String[] values;
    final HttpUrl url;

    Built(HttpUrl base, String[] values, HttpUrl url) {
      this.base = base;
      this.values = values;
      this.url = url;
    }

    boolean sameAs(HttpUrl otherBase, Map<String, String> otherValues) {
      if (base != otherBase && !base.equals(otherBase)) {
        return false;
      }
      for (int i = 0; i < values.length; i++) {
        if (segmentParameters[i] != null && !values[i].equals(otherValues.get(segmentParameters[i]))) {
          return false;
        }
      }
      return true;
    }
  }

  private static boolean isParameter(String segment) {
    return segment.length() > 2 && segment.charAt(0) == '{' && segment.charAt(segment.length() - 1) == '}';
  }
}
