package io.hcsdk.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import io.hcsdk.bench.driver.Auth;
import io.hcsdk.bench.plain.PlainCalls;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The baseline of {@link HcsdkInMemoryBenchmark}: the same two calls hand-written on OkHttp 5 and
 * Jackson ({@code aksk}: with the hand-written signer), on the same in-memory answer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// On 2 cores both clients need 6 to 12 s of calls before the JIT settles: warm up for 15.
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PlainInMemoryBenchmark {
  @Param({"token", "aksk"})
  public String auth;

  private PlainCalls calls;

  @Setup
  public void setUp() throws IOException {
    calls = PlainCalls.create(InMemoryAnswer.FABRIC_URL, Auth.parse(auth), Optional.of(InMemoryAnswer.client()));
  }

  @Benchmark
  public JsonNode showEndpoint() throws IOException {
    return calls.showEndpoint();
  }

  @Benchmark
  public JsonNode createEndpoint() throws IOException {
    return calls.createEndpoint();
  }
}
