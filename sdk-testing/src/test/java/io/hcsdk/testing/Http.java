package io.hcsdk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.hcsdk.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A thin OkHttp client for the simulator tests: no SDK client exists yet, and these test the server. */
final class Http {
  static final OkHttpClient CLIENT = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
  private static final MediaType JSON = MediaType.get("application/json");

  record Reply(int status, String text, Headers headers) {
    JsonNode json() {
      try {
        return text.isEmpty() ? MissingNode.getInstance() : Json.mapper().readTree(text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** A top-level text field of the JSON body ("" when absent). */
    String status(String field) {
      return json().path(field).asText();
    }

    /** One field of every element of a top-level array, e.g. the ids of a list page. */
    List<String> column(String array, String field) {
      List<String> out = new ArrayList<>();
      json().path(array).forEach(item -> out.add(item.path(field).asText()));
      return out;
    }
  }

  private final String base;
  private final Map<String, String> headers;

  private Http(String base, Map<String, String> headers) {
    this.base = base;
    this.headers = headers;
  }

  /** Sends the simulator's token as {@code X-Auth-Token}. */
  static Http authed(CloudSimulator sim, String base) {
    return new Http(base, Map.of("X-Auth-Token", sim.account().token()));
  }

  static Http with(String base, Map<String, String> headers) {
    return new Http(base, headers);
  }

  Reply get(String path) {
    return send(new Request.Builder().url(base + path).get());
  }

  Reply post(String path, String body) {
    return send(new Request.Builder().url(base + path).post(RequestBody.create(body, JSON)));
  }

  Reply put(String path, String body) {
    return send(new Request.Builder().url(base + path).put(RequestBody.create(body, JSON)));
  }

  Reply delete(String path) {
    return send(new Request.Builder().url(base + path).delete());
  }

  private Reply send(Request.Builder request) {
    headers.forEach(request::header);
    try (Response response = CLIENT.newCall(request.build()).execute()) {
      return new Reply(response.code(), response.body().string(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
