package io.hcsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which operation plays which role for which resource family, worked out from the paths alone: POST on a
 * family's collection creates, GET lists; GET on its item shows, PUT/PATCH updates, DELETE deletes; POST
 * below the item acts. Also each family's item schema (the Show answer's, else a list item's).
 */
public final class Bindings {
  /** What an operation does to its family. */
  public enum Role { CREATE, LIST, SHOW, UPDATE, DELETE, ACTION }

  /** An operation bound to a family. */
  public record Binding(ResourceKind kind, Role role) {}

  private final Map<String, Binding> byOperation = new LinkedHashMap<>();
  private final Map<String, ResourceKind> kinds = new LinkedHashMap<>();
  private final Map<String, JsonNode> itemSchemas = new LinkedHashMap<>();
  private final Map<String, SpecDocument> documents = new LinkedHashMap<>();

  public Bindings(ApiSpec spec, List<ResourceKind> families) {
    for (ResourceKind kind : families) {
      kinds.put(kind.name(), kind);
    }
    for (OperationSpec op : spec.operations()) {
      bind(op).ifPresent(b -> byOperation.put(op.id(), b));
    }
    for (ResourceKind kind : families) {
      itemSchema(spec, kind).ifPresent(s -> itemSchemas.put(kind.name(), s));
    }
  }

  public Optional<Binding> of(String operationId) {
    return Optional.ofNullable(byOperation.get(operationId));
  }

  public Optional<ResourceKind> kind(String name) {
    return Optional.ofNullable(kinds.get(name));
  }

  public Iterable<ResourceKind> kinds() {
    return kinds.values();
  }

  /** The family's item schema (resolved), if an operation shows or lists it. */
  public Optional<JsonNode> itemSchema(ResourceKind kind) {
    return Optional.ofNullable(itemSchemas.get(kind.name()));
  }

  public Optional<SpecDocument> document(ResourceKind kind) {
    return Optional.ofNullable(documents.get(kind.name()));
  }

  /** The operation with this role for the family, if the spec has one. */
  public Optional<String> operation(ResourceKind kind, Role role) {
    for (Map.Entry<String, Binding> e : byOperation.entrySet()) {
      if (e.getValue().kind() == kind && e.getValue().role() == role) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  private Optional<Binding> bind(OperationSpec op) {
    Binding best = null;
    int bestLength = -1;
    for (ResourceKind kind : kinds.values()) {
      Role role = null;
      if (op.path().equals(kind.collection())) {
        role = switch (op.method()) {
          case "POST" -> Role.CREATE;
          case "GET" -> Role.LIST;
          default -> null;
        };
      } else if (op.path().equals(kind.item())) {
        role = switch (op.method()) {
          case "GET" -> Role.SHOW;
          case "PUT", "PATCH" -> Role.UPDATE;
          case "DELETE" -> Role.DELETE;
          default -> null;
        };
      } else if (op.path().startsWith(kind.item()) && op.method().equals("POST")) {
        role = Role.ACTION;
      }
      // Exact paths beat actions of a shorter family: the most specific family wins.
      int length = role == Role.ACTION ? kind.item().size() : op.path().size() + 1;
      if (role != null && length > bestLength) {
        best = new Binding(kind, role);
        bestLength = length;
      }
    }
    return Optional.ofNullable(best);
  }

  private Optional<JsonNode> itemSchema(ApiSpec spec, ResourceKind kind) {
    for (Role role : List.of(Role.SHOW, Role.LIST)) {
      Optional<String> opId = operation(kind, role);
      if (opId.isEmpty()) {
        continue;
      }
      OperationSpec op = spec.operation(opId.get()).orElseThrow();
      if (op.successSchema().isEmpty()) {
        continue;
      }
      SpecDocument doc = op.document();
      JsonNode schema = doc.resolve(op.successSchema().get());
      if (role == Role.LIST) {
        String itemsKey = op.paging().map(p -> p.path("items").asText("")).orElse("");
        JsonNode array = itemsKey.isEmpty() ? firstArray(schema, doc) : schema.path("properties").path(itemsKey);
        if (array == null || array.isMissingNode()) {
          continue;
        }
        schema = doc.resolve(doc.resolve(array).path("items"));
      }
      documents.put(kind.name(), doc);
      return Optional.of(schema);
    }
    return Optional.empty();
  }

  static JsonNode firstArray(JsonNode objectSchema, SpecDocument doc) {
    for (Iterator<Map.Entry<String, JsonNode>> it = objectSchema.path("properties").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      if (doc.resolve(p.getValue()).path("type").asText().equals("array")) {
        return p.getValue();
      }
    }
    return null;
  }
}
