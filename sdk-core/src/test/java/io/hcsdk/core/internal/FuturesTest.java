package io.hcsdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FuturesTest {
  private static final long GENEROUS = 5;

  /** Waits until {@code future} is cancelled; the outside completion that leads there runs on another thread. */
  private static void awaitCancelled(CompletableFuture<?> future) {
    assertThatThrownBy(() -> future.get(GENEROUS, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
    assertThat(future).isCancelled();
  }

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

  @Test
  void anOrTimeoutOnTheMappedFutureCancelsTheSource() {
    CompletableFuture<Integer> source = new CompletableFuture<>();

    CompletableFuture<String> mapped = Futures.map(source, String::valueOf).orTimeout(1, TimeUnit.MILLISECONDS);

    assertThatThrownBy(() -> mapped.get(GENEROUS, TimeUnit.SECONDS)).hasCauseInstanceOf(TimeoutException.class);
    awaitCancelled(source);
  }

  @Test
  void aCompleteOnTimeoutIsANormalCompletionAndStillStopsTheSource() {
    CompletableFuture<Integer> source = new CompletableFuture<>();

    CompletableFuture<String> mapped = Futures.map(source, String::valueOf)
        .completeOnTimeout("fallback", 1, TimeUnit.MILLISECONDS);

    assertThat(mapped).succeedsWithin(GENEROUS, TimeUnit.SECONDS).isEqualTo("fallback");
    awaitCancelled(source);
  }

  @Test
  void theCallerCompletingTheMappedFutureExceptionallyCancelsTheSource() {
    CompletableFuture<Integer> source = new CompletableFuture<>();
    CompletableFuture<String> mapped = Futures.map(source, String::valueOf);

    mapped.completeExceptionally(new IllegalStateException("caller gave up"));

    assertThat(source).isCancelled();
  }

  @Test
  void composeRunsTheNextStepOnTheSourcesValue() throws Exception {
    CompletableFuture<Integer> source = new CompletableFuture<>();
    CompletableFuture<String> inner = new CompletableFuture<>();
    AtomicInteger seen = new AtomicInteger();
    CompletableFuture<String> composed = Futures.compose(source, value -> {
      seen.set(value);
      return inner;
    });

    source.complete(42);
    assertThat(composed).isNotDone();
    inner.complete("running");

    assertThat(seen).hasValue(42);
    assertThat(composed.get()).isEqualTo("running");
  }

  @Test
  void composePassesFailuresOfEitherStage() {
    CompletableFuture<Integer> failingSource = new CompletableFuture<>();
    CompletableFuture<String> first = Futures.compose(failingSource, value -> new CompletableFuture<>());
    failingSource.completeExceptionally(new IllegalStateException("create failed"));
    assertThatThrownBy(first::get).isInstanceOf(ExecutionException.class).hasMessageContaining("create failed");

    CompletableFuture<String> second = Futures.compose(CompletableFuture.completedFuture(1),
        value -> CompletableFuture.failedFuture(new IllegalStateException("wait failed")));
    assertThatThrownBy(second::get).isInstanceOf(ExecutionException.class).hasMessageContaining("wait failed");

    CompletableFuture<String> third = Futures.compose(CompletableFuture.completedFuture(1), value -> {
      throw new IllegalArgumentException("bad step");
    });
    assertThatThrownBy(third::get).isInstanceOf(ExecutionException.class).hasMessageContaining("bad step");
  }

  @Test
  void cancellingTheComposedFutureWhileTheSourceRunsCancelsTheSourceAndNeverStartsTheNextStep() {
    CompletableFuture<Integer> source = new CompletableFuture<>();
    AtomicInteger started = new AtomicInteger();
    CompletableFuture<String> composed = Futures.compose(source, value -> {
      started.incrementAndGet();
      return new CompletableFuture<>();
    });

    composed.cancel(true);

    assertThat(source).isCancelled();
    assertThat(started).hasValue(0);
  }

  @Test
  void cancellingTheComposedFutureOnceTheNextStepStartedCancelsIt() {
    CompletableFuture<Integer> source = new CompletableFuture<>();
    CompletableFuture<String> inner = new CompletableFuture<>();
    CompletableFuture<String> composed = Futures.compose(source, value -> inner);
    source.complete(1);

    composed.cancel(true);

    assertThat(inner).isCancelled();
  }

  @Test
  void anOrTimeoutWhileTheSourceRunsCancelsTheSource() {
    CompletableFuture<Integer> source = new CompletableFuture<>();
    CompletableFuture<String> composed = Futures.compose(source, value -> new CompletableFuture<String>())
        .orTimeout(1, TimeUnit.MILLISECONDS);

    assertThatThrownBy(() -> composed.get(GENEROUS, TimeUnit.SECONDS)).hasCauseInstanceOf(TimeoutException.class);
    awaitCancelled(source);
  }

  @Test
  void anOrTimeoutOnceTheNextStepStartedCancelsIt() {
    CompletableFuture<String> inner = new CompletableFuture<>();
    CompletableFuture<String> composed = Futures.compose(CompletableFuture.completedFuture(1), value -> inner)
        .orTimeout(1, TimeUnit.MILLISECONDS);

    assertThatThrownBy(() -> composed.get(GENEROUS, TimeUnit.SECONDS)).hasCauseInstanceOf(TimeoutException.class);
    awaitCancelled(inner);
  }

  @Test
  void aNextStepThatStartsAfterTheComposedFutureEndedIsCancelledAtOnce() {
    CompletableFuture<Integer> source = new CompletableFuture<>();
    CompletableFuture<String> inner = new CompletableFuture<>();
    // A source that ignores cancellation (a call already answered) still completes later.
    CompletableFuture<Integer> stubborn = new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        return false;
      }
    };
    source.whenComplete((value, error) -> stubborn.complete(value));
    CompletableFuture<String> composed = Futures.compose(stubborn, value -> inner);

    composed.completeExceptionally(new IllegalStateException("caller gave up"));
    source.complete(1);

    assertThat(inner).isCancelled();
  }
}
