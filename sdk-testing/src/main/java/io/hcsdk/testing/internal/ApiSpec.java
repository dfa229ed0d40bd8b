package io.hcsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every operation the simulator serves: those of {@code fabric.yaml} and {@code modelarts.yaml} as
 * shipped by the service modules, plus IAM's token operation (no spec of ours describes IAM). Parsed
 * once per JVM: the specs are immutable resources and parsing them is the costly part of a start.
 */
public final class ApiSpec {
  /** IAM's operation name for {@code POST /v3/auth/tokens} with a password. */
  public static final String IAM_TOKEN_OPERATION = "KeystoneCreateUserTokenByPassword";
  public static final String IAM_HOST = "iam";

  private static volatile ApiSpec loaded;

  private final List<OperationSpec> operations;
  private final Map<String, OperationSpec> byId = new LinkedHashMap<>();

  /** A matched route: the operation and its decoded path parameters. */
  public record Route(OperationSpec operation, Map<String, String> pathParams) {}

  ApiSpec(List<SpecDocument> documents) {
    List<OperationSpec> ops = new ArrayList<>();
    for (SpecDocument doc : documents) {
      ops.addAll(read(doc));
    }
    ops.add(iamTokenOperation());
    this.operations = List.copyOf(ops);
    for (OperationSpec op : operations) {
      if (byId.put(op.id(), op) != null) {
        throw new IllegalStateException("Two operations are named " + op.id());
      }
    }
  }

  /** The specs on the class path (read on first use, then shared). */
  public static ApiSpec get() {
    ApiSpec spec = loaded;
    if (spec == null) {
      synchronized (ApiSpec.class) {
        spec = loaded;
        if (spec == null) {
          spec = new ApiSpec(List.of(SpecDocument.fromClassPath("fabric"), SpecDocument.fromClassPath("modelarts")));
          loaded = spec;
        }
      }
    }
    return spec;
  }

  public List<OperationSpec> operations() {
    return operations;
  }

  public Optional<OperationSpec> operation(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The operation for this method and path among those of {@code hosts}: the template with the most
   * literal segments wins (Fabric's {@code /v1/workspaces/{ws}/...} over ModelArts' {@code /v1/{project_id}/...}).
   */
  public Optional<Route> route(String method, List<String> segments, Set<String> hosts) {
    Route best = null;
    int bestLiterals = -1;
    for (OperationSpec op : operations) {
      if (!op.method().equals(method) || !hosts.contains(op.host())) {
        continue;
      }
      Optional<Map<String, String>> params = op.path().match(segments);
      if (params.isPresent() && op.path().literalCount() > bestLiterals) {
        best = new Route(op, params.get());
        bestLiterals = op.path().literalCount();
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Pairs of operations of different hosts with the same method whose paths one concrete path could
   * match, each with the same number of literal segments (so routing by path alone could not choose).
   */
  public List<String> ambiguousRoutes() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < operations.size(); i++) {
      for (int j = i + 1; j < operations.size(); j++) {
        OperationSpec a = operations.get(i);
        OperationSpec b = operations.get(j);
        if (a.method().equals(b.method()) && a.path().overlaps(b.path())
            && a.path().literalCount() == b.path().literalCount()) {
          out.add(a + " / " + b);
        }
      }
    }
    return out;
  }

  private static List<OperationSpec> read(SpecDocument doc) {
    List<OperationSpec> ops = new ArrayList<>();
    JsonNode paths = doc.root().path("paths");
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      PathTemplate template = new PathTemplate(path.getKey());
      JsonNode item = path.getValue();
      for (String method : List.of("get", "post", "put", "delete", "patch")) {
        JsonNode op = item.get(method);
        if (op != null) {
          ops.add(operation(doc, template, method, item, op));
        }
      }
    }
    return ops;
  }

  private static OperationSpec operation(SpecDocument doc, PathTemplate template, String method, JsonNode pathItem,
      JsonNode op) {
    Map<String, OperationSpec.ParamSpec> params = new LinkedHashMap<>();
    for (JsonNode level : List.of(pathItem.path("parameters"), op.path("parameters"))) {
      for (JsonNode raw : level) {
        JsonNode p = doc.resolve(raw);
        String name = p.path("name").asText();
        String in = p.path("in").asText();
        params.put(in + ":" + name, new OperationSpec.ParamSpec(name, in,
            p.path("required").asBoolean(in.equals("path")), p.path("schema")));
      }
    }
    Optional<JsonNode> body = Optional.empty();
    boolean bodyRequired = false;
    if (op.has("requestBody")) {
      JsonNode rb = doc.resolve(op.get("requestBody"));
      JsonNode schema = rb.path("content").path("application/json").path("schema");
      body = schema.isMissingNode() ? Optional.empty() : Optional.of(schema);
      bodyRequired = rb.path("required").asBoolean(false);
    }
    int success = 200;
    Optional<JsonNode> successSchema = Optional.empty();
    List<String> codes = new ArrayList<>();
    op.path("responses").fieldNames().forEachRemaining(codes::add);
    codes.sort(Comparator.naturalOrder());
    for (String code : codes) {
      if (code.startsWith("2")) {
        success = Integer.parseInt(code);
        JsonNode response = doc.resolve(op.path("responses").get(code));
        JsonNode schema = response.path("content").path("application/json").path("schema");
        successSchema = schema.isMissingNode() ? Optional.empty() : Optional.of(schema);
        break;
      }
    }
    String host = op.path("x-hcsdk-host").asText(doc.root().path("info").path("x-hcsdk-service").asText());
    JsonNode paging = op.get("x-hcsdk-paging");
    return new OperationSpec(op.path("operationId").asText(), method, host, template, List.copyOf(params.values()),
        body, bodyRequired, success, successSchema, Optional.ofNullable(paging), doc);
  }

  private static OperationSpec iamTokenOperation() {
    SpecDocument none = new SpecDocument("iam (built in)", JsonNodeFactory.instance.objectNode());
    return new OperationSpec(IAM_TOKEN_OPERATION, "POST", IAM_HOST, new PathTemplate("/v3/auth/tokens"), List.of(),
        Optional.empty(), true, 201, Optional.empty(), Optional.empty(), none);
  }
}
