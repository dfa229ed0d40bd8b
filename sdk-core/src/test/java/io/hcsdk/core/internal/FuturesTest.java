package io.hcsdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class FuturesTest {
  @Test
  void cancellingTheMappedFutureCancelsTheSource() {
    CompletableFuture<Integer> source = new CompletableFuture<>();
    CompletableFuture<String> mapped = Futures.map(source, String::valueOf);

    assertThat(mapped.cancel(true)).isTrue();

    assertThat(source).isCancelled();
  }

  @Test
  void valuesAndFailuresPassThrough() {
    CompletableFuture<Integer> ok = new CompletableFuture<>();
    CompletableFuture<String> mapped = Futures.map(ok, i -> "n" + i);
    ok.complete(7);
    assertThat(mapped).isCompletedWithValue("n7");

    CompletableFuture<Integer> failing = new CompletableFuture<>();
    CompletableFuture<String> failed = Futures.map(failing, String::valueOf);
    failing.completeExceptionally(new IllegalStateException("boom"));
    assertThat(failed).isCompletedExceptionally();
    assertThat(failing).isNotCancelled();
  }
}
