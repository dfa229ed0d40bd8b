package io.hcsdk.testing.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.testing.resilience.InputSpec.Op;
import io.hcsdk.testing.resilience.InputSpec.Param;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Turns a spec into violations, one documented constraint broken at a time: starting from a valid
 * request (a document's example, completed from the schema wherever a constrained object is
 * absent), for every constraint of every property reachable from an operation's body, query and
 * path parameters, one copy of the request that breaks exactly that constraint. What the walk
 * knows how to break is {@link InputInventory#KNOWN_CONSTRAINTS}; {@link InputInventory} lists,
 * independently, every constraint the spec states, so a test can prove that the walk missed none.
 */
final class InputCases {
  enum Where { BODY, QUERY, PATH }

  /**
   * One violating request: the body or query JSON (or, for a path parameter, its value, null for
   * none); the SDK must name {@code field}, and may also name the {@code also} paths (a sibling that
   * cannot stay valid when this field is broken: {@code min} above 1000 takes a required {@code max}
   * along).
   */
  record Case(Op op, Where where, String field, String constraint, String key, String input, Set<String> also) {
    @Override
    public String toString() {
      return op.id() + " " + where.name().toLowerCase() + " " + field + " (" + constraint + ")";
    }
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final InputSpec spec;
  private final InputInventory inventory;
  private final InputValues values;

  /** {@code seeds}: valid shapes of the schemas whose hand-written rules the schema alone cannot satisfy. */
  InputCases(InputSpec spec, Map<String, JsonNode> seeds) {
    this.spec = spec;
    this.inventory = new InputInventory(spec);
    this.values = new InputValues(spec, seeds);
  }

  /** Every constraint {@code op} states: see {@link InputInventory#of}. */
  Set<String> inventory(Op op) {
    return inventory.of(op);
  }

  /** The smallest valid body of schema {@code schemaName}. */
  ObjectNode minimal(String schemaName) {
    return values.minimal(schemaName);
  }

  // ------------------------------------------------------------------ body

  /** The violations of {@code op}'s body; {@code valid} is completed in place into the valid base. */
  List<Case> body(Op op, ObjectNode valid) {
    List<Case> cases = new ArrayList<>();
    walk(op, Where.BODY, op.body(), valid, List.of(), cases);
    return cases;
  }

  private void walk(Op op, Where where, String schemaName, ObjectNode root, List<Object> at, List<Case> out) {
    JsonNode schema = spec.schema(schemaName);
    Set<String> required = new HashSet<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    boolean custom = schema.has("x-hcsdk-customization");
    ObjectNode holder = (ObjectNode) navigate(root, at);
    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
      String name = property.getKey();
      JsonNode ps = property.getValue();
      property(op, where, schemaName, name, ps, required.contains(name), custom, root, at, out);
      String ref = InputSpec.ref(ps);
      String itemRef = InputSpec.ref(ps.path("items"));
      if (ref != null && !spec.isEnum(ref) && inventory.constrained(ref)) {
        if (!holder.path(name).isObject()) {
          holder.set(name, values.seedOrMinimal(ref));
        }
        walk(op, where, ref, root, append(at, name), out);
      } else if (itemRef != null && !spec.isEnum(itemRef) && inventory.constrained(itemRef)) {
        if (!holder.path(name).isArray() || holder.path(name).isEmpty()) {
          holder.set(name, NODES.arrayNode().add(values.seedOrMinimal(itemRef)));
        }
        walk(op, where, itemRef, root, append(append(at, name), 0), out);
      }
    }
  }

  /** The cases of one property of the object at {@code at}. */
  private void property(Op op, Where where, String owner, String name, JsonNode ps, boolean required,
      boolean custom, ObjectNode root, List<Object> at, List<Case> out) {
    String ref = InputSpec.ref(ps);
    boolean enumRef = spec.isEnum(ref);
    String type = enumRef ? "string" : ps.path("type").asText(ref != null ? "object" : "");
    String field = render(at, name);
    Maker make = new Maker(op, where, field, owner + "." + name, root, at, name, custom, out);

    if (required) {
      // Missing: validation reports it, or, for a field held as a plain value (request-only
      // schemas), the generated reader does, in the same terms.
      make.add("required", "missing", h -> h.remove(name));
      if (type.equals("string") && !ps.has("minLength")) {
        make.add("required", "blank", h -> h.put(name, " "));
      }
    }
    if (ps.path("x-hcsdk-not-blank").asBoolean()) {
      make.add("x-hcsdk-not-blank", "blank", h -> h.put(name, " "));
    }
    if (type.equals("string") && !enumRef) {
      Pattern pattern = ps.has("pattern") ? Pattern.compile(ps.get("pattern").asText()) : null;
      int min = ps.path("minLength").asInt(0);
      int max = ps.path("maxLength").asInt(Integer.MAX_VALUE);
      if (min > 0) {
        make.add("minLength", (min - 1) + " characters", h -> h.put(name, InputValues.fill(min - 1, pattern)));
      }
      if (ps.has("maxLength")) {
        make.add("maxLength", (max + 1) + " characters", h -> h.put(name, InputValues.fill(max + 1, pattern)));
      }
      if (pattern != null) {
        String bad = InputValues.outside(pattern, Math.min(Math.max(min, 3), max));
        make.add("pattern", "'" + bad + "'", h -> h.put(name, bad));
      }
      for (char c : ps.path("x-hcsdk-forbidden-chars").asText("").toCharArray()) {
        make.add("x-hcsdk-forbidden-chars", "contains " + c, h -> h.put(name, "a" + c + "a"));
      }
    }
    if (type.equals("integer") || type.equals("number")) {
      boolean integer = type.equals("integer");
      if (ps.has("minimum")) {
        long below = ps.get("minimum").asLong() - 1;
        make.add("minimum", integer ? Long.toString(below) : (below + 0.5) + "",
            h -> put(h, name, integer, below + (integer ? 0 : 0.5)));
      }
      if (ps.has("maximum")) {
        long above = ps.get("maximum").asLong() + 1;
        // A sibling that must not be below this one is left out; a required one cannot be, and then
        // breaks with it (no value is both >= max + 1 and within its own maximum).
        List<String> highs = new ArrayList<>();
        for (Map.Entry<String, JsonNode> sibling : siblings(owner, where)) {
          if (name.equals(sibling.getValue().path("x-hcsdk-not-below").asText(null))) {
            highs.add(sibling.getKey());
          }
        }
        Set<String> requiredSiblings = where == Where.BODY ? requiredOf(owner) : Set.of();
        for (String high : highs) {
          if (requiredSiblings.contains(high)) {
            make.also(render(at, high));
          }
        }
        make.add("maximum", Long.toString(above), h -> {
          put(h, name, integer, above);
          highs.stream().filter(high -> !requiredSiblings.contains(high)).forEach(h::remove);
        });
      }
      if (ps.has("x-hcsdk-not-below")) {
        String low = ps.get("x-hcsdk-not-below").asText();
        JsonNode lowSchema = spec.schema(owner).path("properties").path(low);
        long value = Math.max(ps.path("minimum").asLong(0), 0);
        long lowValue = value + 1;
        if (lowValue > lowSchema.path("maximum").asLong(Long.MAX_VALUE) || value > ps.path("maximum").asLong(
            Long.MAX_VALUE)) {
          throw new IllegalStateException("no isolated value for " + owner + "." + name + " below " + low);
        }
        make.keep(low).add("x-hcsdk-not-below", name + " " + value + " < " + low + " " + lowValue,
            h -> {
              h.put(name, value);
              h.put(low, lowValue);
            });
      }
    }
    if (type.equals("array")) {
      int minItems = ps.path("minItems").asInt(0);
      if (minItems > 0) {
        make.add("minItems", (minItems - 1) + " entries",
            h -> h.set(name, values.copies(h.path(name), ps, minItems - 1)));
      }
      if (ps.has("maxItems")) {
        int maxItems = ps.get("maxItems").asInt();
        make.add("maxItems", (maxItems + 1) + " entries",
            h -> h.set(name, values.copies(h.path(name), ps, maxItems + 1)));
      }
    }
  }

  /** Records cases of one property; in a customized type, leaves out the other optional numbers. */
  private final class Maker {
    private final Op op;
    private final Where where;
    private final String field;
    private final String keyPrefix;
    private final ObjectNode root;
    private final List<Object> at;
    private final Set<String> keep = new LinkedHashSet<>();
    private final Set<String> also = new LinkedHashSet<>();
    private final boolean custom;
    private final List<Case> out;

    Maker(Op op, Where where, String field, String keyPrefix, ObjectNode root, List<Object> at,
        String name, boolean custom, List<Case> out) {
      this.op = op;
      this.where = where;
      this.field = field;
      this.keyPrefix = keyPrefix;
      this.root = root;
      this.at = at;
      this.custom = custom;
      this.out = out;
      keep.add(name);
    }

    Maker keep(String sibling) {
      keep.add(sibling);
      return this;
    }

    Maker also(String path) {
      also.add(path);
      return this;
    }

    void add(String constraint, String how, Consumer<ObjectNode> change) {
      ObjectNode copy = root.deepCopy();
      ObjectNode holder = (ObjectNode) navigate(copy, at);
      if (custom) {
        // The hand-written cross-field rules of a customized type compare its numbers: the case
        // leaves the other optional numbers out, so no rule adds a violation of its own.
        List<String> numbers = new ArrayList<>();
        holder.properties().forEach(e -> {
          if (e.getValue().isNumber() && !keep.contains(e.getKey())) {
            numbers.add(e.getKey());
          }
        });
        numbers.forEach(holder::remove);
      }
      change.accept(holder);
      out.add(new Case(op, where, field, constraint + ": " + how, keyPrefix + " " + constraint, copy.toString(),
          Set.copyOf(also)));
    }
  }

  private Iterable<Map.Entry<String, JsonNode>> siblings(String owner, Where where) {
    return where == Where.BODY ? spec.schema(owner).path("properties").properties() : List.of();
  }

  private Set<String> requiredOf(String owner) {
    Set<String> required = new HashSet<>();
    spec.schema(owner).path("required").forEach(r -> required.add(r.asText()));
    return required;
  }

  // ------------------------------------------------------------------ query and path parameters

  /** The violations of {@code op}'s query model; {@code valid} is completed in place. */
  List<Case> query(Op op, ObjectNode valid) {
    ObjectNode properties = NODES.objectNode();
    Set<String> required = new HashSet<>();
    for (Param p : op.params()) {
      if (p.in().equals("query")) {
        properties.set(p.name(), p.schema());
        if (p.required()) {
          required.add(p.name());
          valid.set(p.name(), values.value(p.schema()));
        }
      }
    }
    List<Case> cases = new ArrayList<>();
    for (Map.Entry<String, JsonNode> p : properties.properties()) {
      property(op, Where.QUERY, op.queryType(), p.getKey(), p.getValue(), required.contains(p.getKey()), false,
          valid, List.of(), cases);
    }
    return cases;
  }

  /** The violations of {@code op}'s constrained path parameters: the input is the bad value itself (null: none). */
  List<Case> path(Op op) {
    List<Case> cases = new ArrayList<>();
    for (Param p : op.params()) {
      if (!p.in().equals("path") || !InputInventory.constrained(p.schema())) {
        continue;
      }
      ObjectNode holder = NODES.objectNode().put(p.name(), "a");
      List<Case> raw = new ArrayList<>();
      property(op, Where.PATH, op.id(), p.name(), p.schema(), p.required(), false, holder, List.of(), raw);
      for (Case c : raw) {
        JsonNode bad = parse(c.input()).path(p.name());
        cases.add(new Case(op, Where.PATH, c.field(), c.constraint(), p.name() + " " + c.key().split(" ", 2)[1],
            bad.isMissingNode() ? null : bad.asText(), Set.of()));
      }
    }
    return cases;
  }

  private static void put(ObjectNode holder, String name, boolean integer, double value) {
    if (integer) {
      holder.put(name, (long) value);
    } else {
      holder.put(name, value);
    }
  }

  // ------------------------------------------------------------------ paths

  static JsonNode navigate(JsonNode root, List<Object> at) {
    JsonNode node = root;
    for (Object step : at) {
      node = step instanceof Integer i ? node.get(i) : node.get((String) step);
    }
    return node;
  }

  private static List<Object> append(List<Object> at, Object step) {
    List<Object> longer = new ArrayList<>(at);
    longer.add(step);
    return List.copyOf(longer);
  }

  /** {@code config.applications[0].name}: the form of {@code Violation.path()}. */
  static String render(List<Object> at, String name) {
    StringBuilder path = new StringBuilder();
    for (Object step : at) {
      if (step instanceof Integer i) {
        path.append('[').append(i).append(']');
      } else {
        path.append(path.length() == 0 ? "" : ".").append(step);
      }
    }
    return path.length() == 0 ? name : path + "." + name;
  }

  private static JsonNode parse(String json) {
    try {
      return io.hcsdk.core.json.Json.mapper().readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
