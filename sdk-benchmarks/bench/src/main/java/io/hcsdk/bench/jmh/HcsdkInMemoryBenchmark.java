package io.hcsdk.bench.jmh;

import io.hcsdk.bench.driver.Auth;
import io.hcsdk.bench.hcsdk.HcsdkCalls;
import io.hcsdk.fabric.EndpointHandle;
import io.hcsdk.fabric.model.Endpoint;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * hcsdk's per-call work with the network cut out ({@link InMemoryAnswer} on the caller-supplied
 * OkHttp client): everything from the fluent call to the typed answer, validation, signing, retries'
 * bookkeeping and error mapping included. Compare with {@link PlainInMemoryBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// On 2 cores both clients need 6 to 12 s of calls before the JIT settles: warm up for 15.
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class HcsdkInMemoryBenchmark {
  @Param({"token", "aksk"})
  public String auth;

  private HcsdkCalls calls;

  @Setup
  public void setUp() {
    calls = HcsdkCalls.create(InMemoryAnswer.FABRIC_URL, Auth.parse(auth), Optional.of(InMemoryAnswer.client()));
  }

  @TearDown
  public void tearDown() {
    calls.close();
  }

  @Benchmark
  public Endpoint showEndpoint() {
    return calls.showEndpoint();
  }

  @Benchmark
  public EndpointHandle createEndpoint() {
    return calls.createEndpoint();
  }
}
