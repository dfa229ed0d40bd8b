package io.hcsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.validate.ValidationException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiRequestTest {
  private static final HttpUrl BASE = HttpUrl.get("https://fabric.cn-north-4.myhuaweicloud.com");
  private static final String TEMPLATE = "/v1/workspaces/{workspace_id}/endpoints/{endpoint_id}";

  private enum Visibility { PRIVATE, PUBLIC }

  private static HttpUrl url(String endpointId) {
    return ApiRequest.get(ClientConfig.FABRIC, TEMPLATE).pathParam("workspace_id", "ws-1")
        .pathParam("endpoint_id", endpointId).build().url(BASE);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "a/b        | a%2Fb",
      "a?b        | a%3Fb",
      "a#b        | a%23b",
      "100%       | 100%25",
      "%2e%2e     | %252e%252e",
      "'a b'      | a%20b",
      "ünï-名     | %C3%BCn%C3%AF-%E5%90%8D",
      "../etc     | ..%2Fetc",
      "a/../b     | a%2F..%2Fb",
      "a..b       | a..b",
      "...        | ...",
      "'.. '      | ..%20",
      "ep-123_x.y | ep-123_x.y"})
  void pathValuesAreEncodedAsOneSegment(String value, String encoded) {
    HttpUrl url = url(value);

    assertThat(url.encodedPath()).isEqualTo("/v1/workspaces/ws-1/endpoints/" + encoded);
    // the value stays exactly one segment, decoded back unchanged
    assertThat(url.pathSegments()).containsExactly("v1", "workspaces", "ws-1", "endpoints", value);
    assertThat(url.host()).isEqualTo(BASE.host());
    assertThat(url.query()).isNull();
    assertThat(url.fragment()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {".", ".."})
  void dotSegmentsAreRejected(String value) {
    assertThatThrownBy(() -> url(value))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(v -> v.path() + " " + v.message())
            .containsExactly("endpoint_id must not be '.' or '..'"));
  }

  @Test
  void blankAndMissingParametersAreReportedTogether() {
    assertThatThrownBy(() -> ApiRequest.delete(ClientConfig.FABRIC, "/v1/{a}/{b}/{c}/{d}/{e}").operation("DeleteThing")
        .pathParam("a", null).pathParam("b", "").pathParam("d", ".").pathParam("e", " \t").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(v -> v.path() + " " + v.message())
            .containsExactly("a is required", "b is required", "d must not be '.' or '..'", "e is required",
                "c is required"))
        .hasMessageContaining("DeleteThing");
  }

  @Test
  void theLastValueOfAParameterIsTheOneValidated() {
    ApiRequest request = ApiRequest.get(ClientConfig.FABRIC, "/v1/{id}").pathParam("id", null)
        .pathParam("id", "..").pathParam("id", "x").build();
    assertThat(request.url(BASE).encodedPath()).isEqualTo("/v1/x");

    assertThatThrownBy(() -> ApiRequest.get(ClientConfig.FABRIC, "/v1/{id}").pathParam("id", "x")
        .pathParam("id", " ").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(v -> v.path() + " " + v.message()).containsExactly("id is required"));
  }

  @Test
  void queryListsAreRepeatedAndAbsentValuesOmitted() {
    ApiRequest request = ApiRequest.get(ClientConfig.FABRIC, "/v1/things")
        .query("offset", 0)
        .query("limit", OptionalInt.of(10))
        .query("total", OptionalLong.of(5_000_000_000L))
        .query("ratio", OptionalDouble.of(0.5))
        .query("absent", Optional.empty())
        .query("absent_int", OptionalInt.empty())
        .query("absent_long", OptionalLong.empty())
        .query("absent_double", OptionalDouble.empty())
        .query("nothing", null)
        .query("name", Optional.of("a b&c=d"))
        .query("type", List.of("service", "ray"))
        .query("ids", new String[] {"x", "y"})
        .query("nested", Optional.of(List.of("p", "q")))
        .query("sparse", Arrays.asList("s", null, Optional.empty(), "t"))
        .query("flag", true)
        .query("visibility", Visibility.PUBLIC)
        .query("empty_list", List.of())
        .build();

    HttpUrl url = request.url(BASE);

    assertThat(url.encodedQuery()).isEqualTo("offset=0&limit=10&total=5000000000&ratio=0.5&name=a%20b%26c%3Dd"
        + "&type=service&type=ray&ids=x&ids=y&nested=p&nested=q&sparse=s&sparse=t&flag=true&visibility=PUBLIC");
    assertThat(url.queryParameterValues("type")).containsExactly("service", "ray");
    assertThat(url.queryParameter("name")).isEqualTo("a b&c=d");
    assertThat(url.queryParameterNames()).doesNotContain("absent", "absent_int", "absent_long", "absent_double",
        "nothing", "empty_list");
  }

  @ParameterizedTest
  @CsvSource({
      "http://host/prefix/, /prefix/v1/things/t%2F1",
      "http://host/prefix, /prefix/v1/things/t%2F1",
      "http://host/a/b/, /a/b/v1/things/t%2F1",
      "http://host, /v1/things/t%2F1",
      "http://host/, /v1/things/t%2F1"})
  void aBasePathIsKeptAsAPrefix(String base, String path) {
    HttpUrl url = ApiRequest.get(ClientConfig.FABRIC, "/v1/things/{id}").pathParam("id", "t/1").query("q", "1")
        .build().url(HttpUrl.get(base));

    assertThat(url.encodedPath()).isEqualTo(path);
    assertThat(url.encodedQuery()).isEqualTo("q=1");
    assertThat(url.host()).isEqualTo("host");
  }

  @Test
  void templatesWithoutALeadingSlashOrWithDoubleSlashesGiveTheSamePath() {
    assertThat(ApiRequest.get(ClientConfig.FABRIC, "v1//things").build().url(BASE).encodedPath()).isEqualTo("/v1/things");
  }

  @Test
  void theRequestIsAnImmutableSnapshotOfTheBuilder() {
    ApiRequest.Builder builder = ApiRequest.post(ClientConfig.MODELARTS, "/v1/{project_id}/things")
        .operation("CreateThing")
        .pathParam("project_id", "p1")
        .query("a", 1)
        .header("X-Custom", "v")
        .body(Map.of("k", "v"));
    ApiRequest request = builder.build();
    builder.pathParam("project_id", "p2").query("b", 2).header("X-Other", "w");

    assertThat(request.operation()).isEqualTo("CreateThing");
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.service()).isEqualTo(ClientConfig.MODELARTS);
    assertThat(request.pathTemplate()).isEqualTo("/v1/{project_id}/things");
    assertThat(request.pathParams()).containsExactly(Map.entry("project_id", "p1"));
    assertThat(request.query()).containsExactly(Map.entry("a", "1"));
    assertThat(request.headers()).containsExactly(Map.entry("X-Custom", "v"));
    assertThat(request.body()).contains(Map.of("k", "v"));
    assertThat(request).hasToString("CreateThing POST /v1/{project_id}/things");
    assertThatThrownBy(() -> request.headers().put("X", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> request.query().add(Map.entry("x", "y"))).isInstanceOf(UnsupportedOperationException.class);
    assertThat(builder.build().url(BASE).encodedPath()).isEqualTo("/v1/p2/things");
  }

  @Test
  void defaultOperationNameIsMethodAndTemplate() {
    ApiRequest request = ApiRequest.put(ClientConfig.FABRIC, "/v1/x").build();

    assertThat(request.operation()).isEqualTo("PUT /v1/x");
    assertThat(request.body()).isEmpty();
    assertThat(Set.of("GET", "POST", "PUT", "DELETE")).contains(request.method());
  }

  @Test
  void aCollectionUrlBuiltAgainForOtherIdsOrAnotherBaseIsTheirs() {
    HttpUrl other = HttpUrl.get("https://fabric.example.com/prefix/");
    String[][] calls = {{"ws-1", "a"}, {"ws-1", "a"}, {"ws-2", "a"}, {"ws-2", "b"}, {"ws-1", "b"}, {"ws-1", "a"}};
    for (String[] call : calls) {
      HttpUrl base = call[1].equals("a") ? BASE : other;
      ApiRequest request = ApiRequest.post("fabric", "/v1/workspaces/{workspace_id}/endpoints")
          .pathParam("workspace_id", call[0]).build();
      HttpUrl expected = base.newBuilder().addPathSegment("v1").addPathSegment("workspaces")
          .addPathSegment(call[0]).addPathSegment("endpoints").build();
      assertThat(request.url(base)).isEqualTo(expected);
      assertThat(request.url(base).toString()).isEqualTo(expected.toString());
    }
    assertThat(ApiRequest.post("fabric", "/v1/workspaces/{workspace_id}/endpoints").pathParam("workspace_id", "a/b")
        .build().url(BASE).encodedPath()).isEqualTo("/v1/workspaces/a%2Fb/endpoints");
  }
}
