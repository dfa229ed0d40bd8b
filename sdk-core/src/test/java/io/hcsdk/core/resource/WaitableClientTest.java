package io.hcsdk.core.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.http.HttpPipeline;
import io.hcsdk.core.page.Page;
import io.hcsdk.core.poll.WaitPolicy;
import io.hcsdk.core.poll.WaiterFailedException;
import io.hcsdk.core.poll.WaiterSpec;
import io.hcsdk.core.spi.ListOperation;
import io.hcsdk.core.spi.Mutation;
import io.hcsdk.core.spi.Operation;
import io.hcsdk.core.spi.ServiceContext;
import io.hcsdk.core.spi.WaitableType;
import io.hcsdk.core.validate.Validatable;
import io.hcsdk.core.validate.ValidationException;
import io.hcsdk.core.validate.Validator;
import io.hcsdk.testing.FakeTime;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The light base of a family with only create, show, actions and waits (no list, update or delete),
 * and {@link Listing}, a list on its own: what ModelArts services, actions and pool nodes stand on.
 */
class WaitableClientTest {
  record Job(@JsonProperty("id") String id, @JsonProperty("status") String status) {}

  record JobId(@JsonProperty("job_id") String jobId) {}

  record Start(@JsonProperty("action") String action) implements Validatable {
    @Override
    public void validate(Validator v) {
      v.check(!action.isBlank(), "action", "is required");
    }
  }

  record Jobs(@JsonProperty("jobs") List<Job> jobs, @JsonProperty("total") Optional<Long> total) {}

  record JobQuery(@JsonProperty("offset") Optional<Integer> offset, @JsonProperty("limit") Optional<Integer> limit) {}

  static final Operation<Job, JobId> CREATE = Operation.builder("CreateJob", "POST", "svc", "/v1/{project_id}/jobs")
      .body(Job.class).response(JobId.class).scope("project_id").build();
  static final Operation<Void, Job> SHOW = Operation.builder("ShowJob", "GET", "svc", "/v1/{project_id}/jobs/{job_id}")
      .response(Job.class).scope("project_id").build();
  static final Operation<Start, Void> ACT = Operation.builder("ActOnJob", "POST", "svc",
      "/v1/{project_id}/jobs/{job_id}/action").body(Start.class).scope("project_id").build();
  static final ListOperation<JobQuery, Jobs, Job> LIST = ListOperation.<JobQuery, Jobs, Job>builder(
      Operation.builder("ListJobs", "GET", "svc", "/v1/{project_id}/queues/{queue}/jobs").response(Jobs.class)
          .query(JobQuery.class).scope("project_id").build(), Jobs::jobs)
      .total(Jobs::total).pageSizes(2, 2).build();

  static final WaiterSpec<Job> RUNNING = WaiterSpec.<Job>builder().statusOf(Job::status).successOn("running")
      .failureOn("failed").transitional("starting").build();
  static final WaiterSpec<Job> STOPPED = WaiterSpec.<Job>builder().statusOf(Job::status).successOn("stopped")
      .transitional("stopping").build();

  static final class JobHandle extends WaitableHandle<Job> {
    JobHandle(JobClient client, String id, Optional<Job> accepted, Optional<String> requestId) {
      super(client, id, accepted, requestId);
    }

    Job waitUntilStopped() {
      return waitUntil(STOPPED);
    }
  }

  static final class JobClient extends WaitableClient<Job, JobHandle> {
    JobClient(ServiceContext context) {
      super(context, new WaitableType<>("job", "job_id", SHOW, RUNNING));
    }

    @Override
    protected JobHandle newHandle(String id, Optional<Job> accepted, Optional<String> requestId) {
      return new JobHandle(this, id, accepted, requestId);
    }

    JobHandle create(Job job) {
      return submit(Mutation.answeringId(CREATE, JobId::jobId), CREATE.call(context()).body(job));
    }

    JobHandle start(String id, String action) {
      return act(ACT, id, new Start(action));
    }

    java.util.concurrent.CompletableFuture<JobHandle> startAsync(String id, String action) {
      return actAsync(ACT, id, new Start(action));
    }
  }

  private MockWebServer server;
  private HttpPipeline pipeline;
  private ServiceContext context;
  private JobClient jobs;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    FakeTime time = new FakeTime(Instant.parse("2026-11-23T00:00:00Z"));
    pipeline = new HttpPipeline(ClientConfig.builder().endpoint("svc", server.url("/").toString())
        .credentials((request, ctx) -> request).clock(time).sleeper(time)
        .waitPolicy(WaitPolicy.builder().jitter(0).build()).build());
    context = ServiceContext.of(pipeline).withScope("project_id", "p1");
    jobs = new JobClient(context);
  }

  @AfterEach
  void stop() {
    pipeline.close();
    server.close();
  }

  private void answer(int code, String body) {
    server.enqueue(new MockResponse.Builder().code(code).body(body).addHeader("X-Request-Id", "rid-" + code).build());
  }

  @Test
  void aCreateAnsweringOnlyAnIdGivesAHandleThatWaitsUntilRunning() throws Exception {
    answer(200, "{\"job_id\":\"j1\"}");
    answer(200, "{\"id\":\"j1\",\"status\":\"starting\"}");
    answer(200, "{\"id\":\"j1\",\"status\":\"running\"}");

    JobHandle handle = jobs.create(new Job(null, null));
    Job running = handle.waitUntilRunning();

    assertThat(handle.id()).isEqualTo("j1");
    assertThat(handle.accepted()).isEmpty();
    assertThat(handle.requestId()).contains("rid-200");
    assertThat(running.status()).isEqualTo("running");
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v1/p1/jobs");
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v1/p1/jobs/j1");
    assertThat(handle).hasToString("JobHandle{id=j1, project=p1}");
  }

  @Test
  void anActionPostsToTheResourcesPathAndItsHandleWaitsForAnyDeclaredState() throws Exception {
    answer(200, "");
    answer(200, "{\"id\":\"j1\",\"status\":\"stopping\"}");
    answer(200, "{\"id\":\"j1\",\"status\":\"stopped\"}");

    Job stopped = jobs.start("j1", "stop").waitUntilStopped();

    assertThat(stopped.status()).isEqualTo("stopped");
    RecordedRequest action = server.takeRequest();
    assertThat(action.getMethod()).isEqualTo("POST");
    assertThat(action.getUrl().encodedPath()).isEqualTo("/v1/p1/jobs/j1/action");
    assertThat(action.getBody().utf8()).isEqualTo("{\"action\":\"stop\"}");
  }

  @Test
  void anAsyncActionCompletesWithTheHandleAndABadBodyFailsTheFutureUnsent() throws Exception {
    answer(202, "");

    JobHandle handle = jobs.startAsync("j1", "start").get(5, TimeUnit.SECONDS);

    assertThat(handle.id()).isEqualTo("j1");
    assertThat(handle.requestId()).contains("rid-202");
    assertThatThrownBy(() -> jobs.startAsync("j1", " ").get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> jobs.start("j1", " ")).isInstanceOf(ValidationException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aFailureStatusEndsTheWaitAndWithIdNamesAnExistingResource() {
    answer(200, "{\"id\":\"j2\",\"status\":\"failed\"}");

    assertThatThrownBy(() -> jobs.withId("j2").waitUntilRunning()).isInstanceOfSatisfying(WaiterFailedException.class,
        e -> assertThat(e.lastStatus()).contains("failed"));
  }

  @Test
  void aListingFillsItsPathAndWalksItsPages() throws Exception {
    Listing<JobQuery, Job> queue = Listing.of(context, LIST, () -> new JobQuery(Optional.empty(), Optional.empty()),
        Map.of("queue", "q 1"));
    answer(200, "{\"jobs\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"total\":3}");
    answer(200, "{\"jobs\":[{\"id\":\"c\"}],\"total\":3}");
    answer(200, "{\"jobs\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"total\":3}");

    List<Job> all = queue.stream().toList();
    Page<Job> first = queue.listAsync().get(5, TimeUnit.SECONDS);

    assertThat(all).extracting(Job::id).containsExactly("a", "b", "c");
    assertThat(first.next()).hasValueSatisfying(next -> assertThat(next.offset()).isEqualTo(2));
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/p1/queues/q%201/jobs?offset=0&limit=2");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/p1/queues/q%201/jobs?offset=2&limit=2");
    assertThat(queue).hasToString("Listing{ListJobs, project=p1, {queue=q 1}}");
  }
}
