package io.hcsdk.bench.plain;

import com.fasterxml.jackson.databind.JsonNode;
import io.hcsdk.bench.driver.Auth;
import io.hcsdk.bench.driver.Worker;
import java.io.IOException;
import okhttp3.OkHttpClient;

/**
 * A whole application's first call: a fresh JVM builds an OkHttp client and shows one endpoint,
 * signed. {@code PlainColdStart <fabric url>}; prints {@code @@shown <id>} when the answer is in.
 */
public final class PlainColdStart {
  private PlainColdStart() {}

  public static void main(String[] args) throws IOException {
    OkHttpClient http = new OkHttpClient();
    JsonNode endpoint = new PlainCalls(http, args[0], Auth.AKSK, false).showEndpoint();
    System.out.println(Worker.MARK + "shown " + endpoint.get("id").asText());
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
