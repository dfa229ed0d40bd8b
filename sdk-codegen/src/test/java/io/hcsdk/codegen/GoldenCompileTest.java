package io.hcsdk.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden output compiles without a warning (with the build's lint flags and the Immutables
 * processor), and behaves: every constraint's message and path, the wire quirks, masking.
 */
class GoldenCompileTest {
  @TempDir
  static Path work;
  static ClassLoader loader;

  @BeforeAll
  static void compile() throws IOException {
    Path sources = work.resolve("src");
    for (Map.Entry<String, String> file : GoldenTest.generated().entrySet()) {
      Path target = sources.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
    }
    List<Path> files = new ArrayList<>();
    for (Path root : List.of(sources, GoldenTest.GOLDEN.resolve("handwritten"))) {
      try (Stream<Path> all = Files.walk(root)) {
        all.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
      }
    }
    Path classes = Files.createDirectories(work.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null,
        StandardCharsets.UTF_8)) {
      boolean ok = javac.getTask(null, fm, diagnostics, List.of("-d", classes.toString(),
          "-classpath", System.getProperty("java.class.path"), "--release", "17",
          "-Xlint:all,-processing,-serial", "-Werror"), null,
          fm.getJavaFileObjectsFromPaths(files)).call();
      assertThat(diagnostics.getDiagnostics()).as("compiler diagnostics").isEmpty();
      assertThat(ok).isTrue();
    }
    loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        GoldenCompileTest.class.getClassLoader());
  }

  @SuppressWarnings("unchecked")
  private static <T> T call(String method, Object... args) throws Exception {
    Class<?> scenarios = loader.loadClass("io.hcsdk.demo.model.DemoScenarios");
    for (Method m : scenarios.getMethods()) {
      if (m.getName().equals(method)) {
        return (T) m.invoke(null, args);
      }
    }
    throw new NoSuchMethodException(method);
  }

  private static final String VALID = """
      {"name": "w-1", "state": "ready", "part": {"kind": "gear", "count": 1, "blob": {}},
       "parts": [{"kind": "axle", "count": 0, "blob": []}], "labels": {"team": "a"}}""";

  @Test
  void aValidRequestHasNoViolations() throws Exception {
    List<String> violations = call("createViolations", VALID);
    assertThat(violations).isEmpty();
  }

  @Test
  void aRequestReadWithoutItsPlainRequiredFieldsNamesThemAsValidationDoes() throws Exception {
    String failure = call("readFailure", VALID.replace("\"name\": \"w-1\", \"state\": \"ready\", ", ""));
    assertThat(failure)
        .isEqualTo("ValidationException: CreateWidgetRequest is invalid: name: is required; state: is required");
    assertThat((String) call("readFailure", VALID)).isEqualTo("ok");
  }

  @Test
  void everyConstraintIsReportedWithItsPathAndMessage() throws Exception {
    String json = """
        {"name": "W_1", "code": "ab", "nickname": " ", "note": "a<b", "state": "",
         "part": {"count": 12, "max_count": 3},
         "parts": [], "labels": {}, "spare": {"kind": "xyz", "count": 3},
         "weight": "0", "volume": 5000000001, "ratio": 2.5, "public": true}""";
    List<String> violations = call("createViolations", json);
    assertThat(violations).containsExactly(
        "name: may contain only lower-case letters, digits and hyphens",
        "code: must be at least 3 characters (was 2)",
        "nickname: is required",
        "note: must not contain any of <>&",
        "state: is required",
        "part.kind: is required",
        "part.count: must be between 0 and 9 (was 12)",
        "part.max_count: must be >= count (3 < 12)",
        "part.blob: is required",
        "parts: must have 1 to 3 entries (had 0)",
        "labels: is required",
        "spare.kind: must be 4 to 8 characters (was 3)",
        "spare.count: must be <= 2 (was 3)",
        "weight: must be >= 1 (was 0)",
        "volume: must be <= 5000000000 (was 5000000001)",
        "ratio: must be between 0.0 and 1.5 (was 2.5)",
        "password: is required for a public widget");
  }

  @Test
  void wireQuirksRoundTrip() throws Exception {
    String json = """
        {"id": "w1", "state": "creating", "part": {"kind": "k"}, "created": "2022-11-02T09:40:52.714657+08:00",
         "started_at": 1614669154682, "stopped_at": "1614669154682", "size": "",
         "token": "tok-secret", "parts_by_slot": {"left": {"kind": "l"}}, "vendor_field": [1, {"a": null}]}""";
    List<String> widget = call("widget", json);

    assertThat(widget.get(0)).isEqualTo("{\"id\":\"w1\",\"state\":\"creating\",\"part\":{\"kind\":\"k\"},"
        + "\"created\":\"2022-11-02T09:40:52.714657+08:00\",\"started_at\":1614669154682,"
        + "\"stopped_at\":\"1614669154682\",\"token\":\"tok-secret\","
        + "\"parts_by_slot\":{\"left\":{\"kind\":\"l\"}},\"vendor_field\":[1,{\"a\":null}]}");
    assertThat(widget.get(1)).doesNotContain("tok-secret").contains("token=****")
        .contains("additionalProperties={\"vendor_field\":[1,{\"a\":null}]}");
    assertThat(widget.subList(2, 4)).containsExactly("false", "true");
  }

  @Test
  void numbersSentAsStringsAndSecretsInRequests() throws Exception {
    List<String> create = call("create", VALID.replace("}}", "}, \"weight\": \"70\", \"limit\": 5,"
        + " \"password\": \"pw-secret\", \"env\": {\"KEY\": \"env-secret\"},"
        + " \"options\": {\"client_secret\": \"opt-secret\", \"n\": 1},"
        + " \"hooks\": [{\"api_key\": \"hook-secret\", \"n\": 2}]}"));

    assertThat(create.get(0)).contains("\"weight\":70").contains("\"limit\":\"5\"")
        .contains("pw-secret").contains("env-secret").contains("opt-secret").contains("hook-secret");
    assertThat(create.get(1)).doesNotContain("pw-secret").doesNotContain("env-secret")
        .doesNotContain("opt-secret").doesNotContain("hook-secret").contains("password=****")
        .contains("env={KEY=****}").contains("options={\"client_secret\":\"****\",\"n\":1}")
        .contains("hooks=[{\"api_key\":\"****\",\"n\":2}]");
  }

  @Test
  void theStrictMapperFailsOnUnknownFieldsUnlessTheSchemaKeepsThem() throws Exception {
    String strictCreate = call("strict", "CreateWidgetRequest", VALID.replace("}}", "}, \"x\": 1}"));
    String strictWidget = call("strict", "Widget", "{\"id\": \"w\", \"x\": 1}");
    String missingId = call("strict", "Widget", "{\"name\": \"w\"}");

    assertThat(strictCreate).contains("Unrecognized field \"x\"");
    assertThat(strictWidget).isEqualTo("ok");
    assertThat(missingId).contains("id");
  }

  @Test
  void operationDescriptorsCarryTheSpec() throws Exception {
    List<String> operations = call("operations");

    assertThat(operations).containsExactly(
        "CreateWidget (POST /v1/{project_id}/widgets)",
        "demo [project_id] false",
        "demo-ep false",
        "Widget false",
        "ListWidgetsRequest",
        "ITEM_OFFSET 10 50",
        "Void",
        "TOKEN true {\"continue\":\"t\"}");
  }

  @Test
  void buildersAddersCopiesAndOpenEnums() throws Exception {
    List<String> built = call("build");

    assertThat(built.get(0)).isEqualTo("{\"name\":\"w-1\",\"state\":\"real-time\",\"part\":{"
        + "\"kind\":\"gear\",\"count\":1,\"blob\":{}},\"parts\":[{\"kind\":\"axle\"}],"
        + "\"labels\":{\"team\":\"a\"},\"states\":[\"brand-new\"]}");
    assertThat(built.subList(1, 4)).containsExactly("w-2", "false",
        "[creating, ready, broken, deleting, real-time]");
  }
}
