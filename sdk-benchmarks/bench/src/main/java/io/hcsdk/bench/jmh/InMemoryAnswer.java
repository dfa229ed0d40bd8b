package io.hcsdk.bench.jmh;

import io.hcsdk.bench.driver.Fixture;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSink;
import okio.Okio;

/**
 * Cuts the network out: the last application interceptor of a caller-supplied {@link OkHttpClient}
 * answers from memory with the document's body (200 for GET, 202 for POST). It writes the request
 * body out as the network would (so a client's lazy body is still paid for) and never calls on.
 */
public final class InMemoryAnswer implements Interceptor {
  /** A Fabric host as a user configures it; never resolved. */
  public static final String FABRIC_URL = "https://fabric.cn-north-4.myhuaweicloud.com";
  private static final MediaType JSON = MediaType.get("application/json");

  private final byte[] endpoint = Fixture.endpointBody();

  /** An OkHttp client whose every call this interceptor answers. */
  public static OkHttpClient client() {
    return new OkHttpClient.Builder().addInterceptor(new InMemoryAnswer()).build();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    RequestBody body = request.body();
    if (body != null) {
      BufferedSink wire = Okio.buffer(Okio.blackhole());
      body.writeTo(wire);
      wire.flush();
    }
    boolean create = request.method().equals("POST");
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(create ? 202 : 200)
        .message(create ? "Accepted" : "OK")
        .header("Content-Type", "application/json")
        .header("X-Request-Id", Fixture.REQUEST_ID)
        .body(ResponseBody.create(endpoint, JSON))
        .build();
  }
}
