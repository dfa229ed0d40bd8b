package io.hcsdk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hcsdk.bench.coldstart.ColdStartBenchmark;
import io.hcsdk.bench.driver.Fixture;
import io.hcsdk.bench.driver.Measurement;
import io.hcsdk.bench.driver.Op;
import io.hcsdk.bench.hcsdk.HcsdkCalls;
import io.hcsdk.bench.loopback.Contender;
import io.hcsdk.bench.loopback.LoopbackBenchmark;
import io.hcsdk.bench.loopback.LoopbackReport;
import io.hcsdk.bench.server.ServerProcess;
import io.hcsdk.bench.waits.ConcurrentWaitsBenchmark;
import io.hcsdk.core.json.Json;
import io.hcsdk.core.poll.WaitPolicy;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * What {@code mvn verify} runs of the benchmarks: each one once, as small as it goes, to prove it still
 * runs (the server answers, every worker and cold-start program works on its own class path, every JMH
 * benchmark completes an iteration, the waits finish). No figure is checked: these runs are too short.
 */
class SmokeTest {
  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
  private static final MediaType JSON = MediaType.get("application/json");
  private static ServerProcess server;

  @BeforeAll
  static void startTheFixedAnswerServer() throws Exception {
    server = ServerProcess.start();
  }

  @AfterAll
  static void stopTheFixedAnswerServer() throws Exception {
    server.close();
  }

  @Test
  void theFixedAnswerServerAnswersShowAndCreateAndRejectsTheRest() throws Exception {
    OkHttpClient http = new OkHttpClient();
    try {
      String show = server.url() + Fixture.endpointPath();
      String create = server.url() + Fixture.endpointsPath();
      RequestBody body = RequestBody.create(Fixture.createRequestBody(), JSON);

      try (Response shown = call(http, new Request.Builder().url(show).header("X-Auth-Token", "t"));
          Response created = call(http, new Request.Builder().url(create).post(body).header("X-Auth-Token", "t"));
          Response anonymous = call(http, new Request.Builder().url(show));
          Response elsewhere = call(http, new Request.Builder().url(server.url() + "/v1/other").header("X-Auth-Token", "t"))) {
        assertThat(shown.code()).isEqualTo(200);
        assertThat(shown.body().bytes()).isEqualTo(Fixture.endpointBody());
        assertThat(shown.header("X-Request-Id")).isEqualTo(Fixture.REQUEST_ID);
        assertThat(created.code()).isEqualTo(202);
        assertThat(created.body().bytes()).isEqualTo(Fixture.endpointBody());
        assertThat(anonymous.code()).isEqualTo(401);
        assertThat(elsewhere.code()).isEqualTo(404);
      }
    } finally {
      http.connectionPool().evictAll();
    }
  }

  @Test
  void everyContenderMakesBothCallsInItsOwnWorkerProcess() throws Exception {
    LoopbackReport report = LoopbackBenchmark.run(new LoopbackBenchmark.Settings(1, 2, 0, List.of(1, 2)),
        Layout.locate(), server.url(), QUIET);

    for (Contender contender : Contender.values()) {
      for (Op op : Op.values()) {
        for (int threads : List.of(1, 2)) {
          List<Measurement> runs = report.runs(contender, op, threads);
          assertThat(runs).as("%s %s x%d", contender, op, threads).hasSize(1);
          assertThat(runs.get(0).calls()).isEqualTo(2);
          assertThat(runs.get(0).cpuNanos()).isPositive();
          assertThat(runs.get(0).allocatedBytes()).isPositive();
        }
      }
    }
    assertThat(report.targets()).hasSize(16);
    assertThat(report.markdown()).contains("| ShowEndpoint | 1 | official | AK/SK |");
  }

  @Test
  void everyInMemoryBenchmarkCompletesAnIteration() throws Exception {
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include("io\\.hcsdk\\.bench\\.jmh\\..*")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(20))
        .verbosity(VerboseMode.SILENT)
        .build()).run();

    // 2 clients x 2 calls x 2 kinds of credentials
    assertThat(results).hasSize(8);
    assertThat(results).allSatisfy(result -> assertThat(result.getPrimaryResult().getScore()).isPositive());
  }

  @Test
  void everyClientColdStartsOnItsOwnClassPath() throws Exception {
    String report = ColdStartBenchmark.run(1, Layout.locate(), server.url(), QUIET);

    assertThat(report).contains("| hcsdk |", "| plain |", "| official |", "runtime jars |");
    assertThat(Layout.locate().runtimeJars(Client.HCSDK)).map(jar -> jar.getFileName().toString())
        .anyMatch(name -> name.startsWith("sdk-fabric-"))
        .noneMatch(name -> name.startsWith("sdk-benchmarks-"));
  }

  @Test
  void concurrentWaitsAllReachRunning() throws Exception {
    WaitPolicy fast = WaitPolicy.builder().initialDelay(Duration.ofMillis(5)).maxInterval(Duration.ofMillis(20))
        .timeout(Duration.ofMinutes(1)).build();

    ConcurrentWaitsBenchmark.Result result = ConcurrentWaitsBenchmark.run(5, fast, QUIET);

    assertThat(result.running()).isEqualTo(5);
    // each endpoint stays CREATING for two reads, so each needs at least three polls
    assertThat(result.polls()).isGreaterThanOrEqualTo(15);
    assertThat(result.peakSdkThreads()).isPositive();
  }

  @Test
  void hcsdkSendsTheDocumentedCreateBodyAsThePlainClientDoes() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode documented = mapper.readTree(Fixture.createRequestBody());
    JsonNode sent = mapper.readTree(Json.write(HcsdkCalls.documentedCreateRequest()));

    // hcsdk writes the document's 0 for a Double field as 0.0: the same number, compared as numbers
    assertThat(documented.equals((a, b) -> a.isNumber() && b.isNumber()
        ? Double.compare(a.doubleValue(), b.doubleValue()) : a.equals(b) ? 0 : 1, sent)).isTrue();
  }

  private static Response call(OkHttpClient http, Request.Builder request) throws Exception {
    return http.newCall(request.build()).execute();
  }
}
