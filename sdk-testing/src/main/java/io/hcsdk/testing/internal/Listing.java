package io.hcsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A list operation's answer: filtered by its query, sorted, cut into a page exactly as its
 * {@code x-hcsdk-paging} says (item offset, page number, or a continue token in {@code metadata.continue}),
 * and wrapped in the list schema's envelope (items, totals, counts).
 */
final class Listing {
  private static final String TOKEN_PREFIX = "sim:";

  private Listing() {}

  /** The items of {@code all} that every given filter parameter accepts. */
  static List<ObjectNode> filter(StoreContext ctx, ResourceKind kind, SimRequest request, List<ObjectNode> all) {
    Set<String> skip = new HashSet<>(pagingParams(request.operation()));
    kind.sort().ifPresent(s -> {
      skip.add(s.keyParam());
      skip.add(s.orderParam());
    });
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode item : all) {
      boolean keep = true;
      for (Map.Entry<String, JsonNode> q : request.query().entrySet()) {
        if (skip.contains(q.getKey())) {
          continue;
        }
        ResourceKind.Filter f = kind.filters().get(q.getKey());
        if (f != null) {
          keep &= f.test(ctx, item, q.getValue());
        } else if (item.has(q.getKey()) && item.get(q.getKey()).isValueNode()) {
          // An undeclared parameter named like a field filters on it; others are accepted and ignored.
          keep &= item.get(q.getKey()).asText().equalsIgnoreCase(q.getValue().asText());
        }
      }
      if (keep) {
        out.add(item);
      }
    }
    return out;
  }

  /** Sorted by the kind's sort parameters (their defaults when absent); else creation order is kept. */
  static List<ObjectNode> sort(ResourceKind kind, SimRequest request, List<ObjectNode> items) {
    if (kind.sort().isEmpty()) {
      return items;
    }
    ResourceKind.Sort sort = kind.sort().get();
    String key = request.queryText(sort.keyParam()).orElse(sort.defaultKey());
    Comparator<ObjectNode> comparator = null;
    for (Map.Entry<String, Comparator<ObjectNode>> k : sort.keys().entrySet()) {
      if (k.getKey().equalsIgnoreCase(key)) {
        comparator = k.getValue();
      }
    }
    if (comparator == null) {
      comparator = sort.keys().get(sort.defaultKey());
    }
    boolean descending = request.queryText(sort.orderParam()).map(o -> o.toLowerCase(Locale.ROOT).equals("desc"))
        .orElse(sort.defaultDescending());
    // Ties are broken by creation order, reversed with the rest when descending.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      order.add(i);
    }
    Comparator<ObjectNode> byKey = comparator;
    Comparator<Integer> byIndex = Comparator.<Integer, ObjectNode>comparing(items::get, byKey)
        .thenComparing(Comparator.naturalOrder());
    order.sort(descending ? byIndex.reversed() : byIndex);
    List<ObjectNode> out = new ArrayList<>();
    order.forEach(i -> out.add(items.get(i)));
    return out;
  }

  /** One page of {@code matches} in the operation's envelope. */
  static SimResponse page(SimRequest request, List<ObjectNode> matches, int totalInScope) {
    OperationSpec op = request.operation();
    JsonNode paging = op.paging().orElse(null);
    String style = paging == null ? "none" : paging.path("style").asText("item-offset");
    int from = 0;
    int count = matches.size();
    String nextToken = null;
    switch (style) {
      case "item-offset" -> {
        from = (int) Math.min(request.queryLong(param(paging, "offset-param", "offset")).orElse(0L), matches.size());
        count = limit(request, paging, matches.size());
      }
      case "page-number" -> {
        int limit = limit(request, paging, matches.size());
        long page = request.queryLong(param(paging, "offset-param", "offset")).orElse(0L)
            - paging.path("first-page").asLong(0);
        from = (int) Math.min(Math.max(page, 0) * limit, matches.size());
        count = limit;
      }
      case "token" -> {
        from = decodeToken(request, paging, matches.size());
        count = limit(request, paging, matches.size());
        if (from + count < matches.size()) {
          nextToken = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding()
              .encodeToString(Integer.toString(from + count).getBytes(StandardCharsets.UTF_8));
        }
      }
      default -> { }
    }
    List<ObjectNode> page = matches.subList(from, (int) Math.min((long) from + count, matches.size()));
    return SimResponse.json(op.successStatus(), envelope(op, paging, page, matches.size(), totalInScope, nextToken));
  }

  private static ObjectNode envelope(OperationSpec op, JsonNode paging, List<ObjectNode> page, int matches,
      int totalInScope, String nextToken) {
    SpecDocument doc = op.document();
    JsonNode schema = doc.resolve(op.successSchema().orElseThrow());
    ObjectNode out = Json.mapper().createObjectNode();
    String itemsKey = paging != null && paging.has("items") ? paging.get("items").asText() : firstArrayName(schema, doc);
    String totalPath = paging != null ? paging.path("total").asText("") : "";
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      String name = p.getKey();
      JsonNode propSchema = doc.resolve(p.getValue());
      if (name.equals(itemsKey)) {
        ArrayNode items = out.putArray(name);
        page.forEach(items::add);
      } else if (name.equals(totalPath)) {
        out.put(name, matches);
      } else if (propSchema.path("type").asText().equals("integer")) {
        switch (name) {
          case "count" -> out.put(name, page.size());
          case "total", "total_count" -> out.put(name, totalPath.isEmpty() ? matches : totalInScope);
          default -> { }
        }
      } else if (name.equals("kind")) {
        out.put(name, "List");
      } else if (name.equals("apiVersion")) {
        out.put(name, "v1");
      } else if (name.equals("metadata") && paging != null && paging.path("style").asText().equals("token")) {
        out.putObject("metadata"); // a last page's metadata is empty, as in Kubernetes-style APIs
        if (nextToken != null) {
          Json2.put(out, paging.path("next-token").asText("metadata.continue"), nextToken);
          String remaining = paging.path("remaining-items").asText("");
          if (!remaining.isEmpty()) {
            Json2.put(out, remaining, out.numberNode((long) matches - countBefore(nextToken)));
          }
        }
      }
    }
    if (!totalPath.isEmpty() && totalPath.contains(".")) {
      Json2.put(out, totalPath, out.numberNode(matches));
    }
    return out;
  }

  private static int limit(SimRequest request, JsonNode paging, int all) {
    long limit = request.queryLong(param(paging, "limit-param", "limit"))
        .orElse(paging.has("default-page-size") ? paging.get("default-page-size").asLong() : 0L);
    if (limit <= 0) {
      // 0 means "all" where a service says so (and where no default page size is documented)
      return all;
    }
    return (int) Math.min(limit, Integer.MAX_VALUE);
  }

  private static int decodeToken(SimRequest request, JsonNode paging, int size) {
    String token = request.queryText(param(paging, "token-param", "continue")).orElse("");
    if (token.isEmpty()) {
      return 0;
    }
    int from = countBefore(token);
    if (from < 0 || from > size) {
      throw ErrorBodies.invalid(request.operation(), "The continue token is not valid: " + token);
    }
    return from;
  }

  private static int countBefore(String token) {
    if (!token.startsWith(TOKEN_PREFIX)) {
      return -1;
    }
    try {
      return Integer.parseInt(new String(Base64.getUrlDecoder().decode(token.substring(TOKEN_PREFIX.length())),
          StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }

  private static String param(JsonNode paging, String key, String fallback) {
    return paging == null ? fallback : paging.path(key).asText(fallback);
  }

  static List<String> pagingParams(OperationSpec op) {
    List<String> out = new ArrayList<>();
    op.paging().ifPresent(p -> {
      out.add(param(p, "offset-param", "offset"));
      out.add(param(p, "limit-param", "limit"));
      out.add(param(p, "token-param", "continue"));
    });
    return out;
  }

  private static String firstArrayName(JsonNode schema, SpecDocument doc) {
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      if (doc.resolve(p.getValue()).path("type").asText().equals("array")) {
        return p.getKey();
      }
    }
    return "items";
  }
}
