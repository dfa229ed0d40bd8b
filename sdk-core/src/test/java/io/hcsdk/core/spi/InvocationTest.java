package io.hcsdk.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.FakeTime;
import io.hcsdk.core.error.NotCreatedException;
import io.hcsdk.core.error.TransportException;
import io.hcsdk.core.http.ApiResponse;
import io.hcsdk.core.http.HttpPipeline;
import io.hcsdk.core.retry.RetryPolicy;
import io.hcsdk.core.validate.ValidationException;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvocationTest {
  record Thing(@JsonProperty("id") String id, @JsonProperty("name") String name) {}

  private static final Operation<Thing, Thing> CREATE =
      Operation.builder("CreateThing", "POST", "svc", "/v1/{project_id}/things")
          .body(Thing.class).response(Thing.class).scope("project_id").build();

  private static final Operation<Void, Thing> SHOW =
      Operation.builder("ShowThing", "GET", "svc", "/v1/{project_id}/things/{id}")
          .response(Thing.class).scope("project_id").build();

  private MockWebServer server;
  private HttpPipeline pipeline;
  private ServiceContext context;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    FakeTime time = new FakeTime(Instant.parse("2026-11-23T00:00:00Z"));
    pipeline = new HttpPipeline(ClientConfig.builder().endpoint("svc", server.url("/").toString())
        .credentials((request, ctx) -> request).clock(time).sleeper(time).retryPolicy(RetryPolicy.none()).build());
    context = ServiceContext.of(pipeline).withScope("project_id", "p1");
  }

  @AfterEach
  void stop() {
    pipeline.close();
    server.close();
  }

  private void dropAfterRequest() {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
  }

  /** Finds nothing, or the thing, and counts how often it was asked. */
  private static final class Lookup implements Invocation.Recovery<Thing> {
    final AtomicInteger asked = new AtomicInteger();
    final Optional<Thing> found;

    Lookup(Optional<Thing> found) {
      this.found = found;
    }

    @Override
    public String describe() {
      return "thing 'n'";
    }

    @Override
    public Optional<Thing> find() {
      asked.incrementAndGet();
      return found;
    }

    @Override
    public CompletableFuture<Optional<Thing>> findAsync() {
      return CompletableFuture.completedFuture(find());
    }
  }

  @Test
  void scopeFillsItsPathParameterAndAnUnscopedCallSaysWhatIsMissing() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":\"t1\",\"name\":\"n\"}").build());

    assertThat(SHOW.call(context).path("id", "t1").get().id()).isEqualTo("t1");
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getUrl().encodedPath()).isEqualTo("/v1/p1/things/t1");
    assertThatThrownBy(() -> SHOW.call(ServiceContext.of(pipeline)).path("id", "t1").get())
        .hasMessageContaining("project_id");
  }

  @Test
  void aBadScopeValueIsRejectedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> context.withScope("project_id", "../admin"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("project_id");
  }

  @Test
  void anAsyncCallWhoseRequestCannotBeBuiltFailsItsFuture() {
    CompletableFuture<Thing> future = SHOW.call(context).path("id", "..").getAsync();

    assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(ValidationException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anAmbiguousCreateReturnsWhatItCreatedWithoutSendingItTwice() {
    dropAfterRequest();
    Lookup lookup = new Lookup(Optional.of(new Thing("t9", "n")));

    ApiResponse<Thing> response = CREATE.call(context).body(new Thing(null, "n")).recoverWith(lookup).execute();

    assertThat(response.body().id()).isEqualTo("t9");
    assertThat(lookup.asked).hasValue(1);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anAmbiguousCreateThatFoundNothingSaysForCertainItWasNotCreated() throws Exception {
    dropAfterRequest();
    dropAfterRequest();
    Lookup lookup = new Lookup(Optional.empty());

    assertThatThrownBy(() -> CREATE.call(context).body(new Thing(null, "n")).recoverWith(lookup).execute())
        .isInstanceOf(NotCreatedException.class).hasMessageContaining("was not created")
        .hasCauseInstanceOf(TransportException.class);
    CompletableFuture<Thing> async = CREATE.call(context).body(new Thing(null, "n")).recoverWith(lookup).getAsync();
    assertThatThrownBy(() -> async.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(NotCreatedException.class);
    assertThat(lookup.asked).hasValue(2);
  }

  @Test
  void anIdempotentOperationIsNeverRecoveredByLookingUp() {
    dropAfterRequest();
    Lookup lookup = new Lookup(Optional.of(new Thing("t9", "n")));

    assertThatThrownBy(() -> SHOW.call(context).path("id", "t1").recoverWith(lookup).execute())
        .isInstanceOf(TransportException.class);
    assertThat(lookup.asked).hasValue(0);
  }
}
