package io.hcsdk.testing.resilience;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Counts the suite's scenarios (one per test invocation) and prints, when the whole run ends,
 * a line per class and then {@code resilience: N passed, M failed}.
 */
final class ResilienceTally implements BeforeAllCallback, TestWatcher {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ResilienceTally.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    summary(context);
  }

  @Override
  public void testSuccessful(ExtensionContext context) {
    summary(context).passed(context);
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    summary(context).failed(context);
  }

  @Override
  public void testAborted(ExtensionContext context, Throwable cause) {
    summary(context).failed(context);
  }

  private static Summary summary(ExtensionContext context) {
    // The root store lives as long as the whole run and closes its AutoCloseable values at its end.
    return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Summary.class, k -> new Summary(System.out),
        Summary.class);
  }

  /** The run's counts; printed when JUnit closes the root store. */
  static final class Summary implements AutoCloseable {
    private final PrintStream out;
    private final AtomicInteger passed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final Map<String, int[]> byClass = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

    Summary(PrintStream out) {
      this.out = out;
    }

    void passed(ExtensionContext context) {
      passed.incrementAndGet();
      counts(context)[0]++;
    }

    void failed(ExtensionContext context) {
      failed.incrementAndGet();
      counts(context)[1]++;
      failures.add(className(context) + ": " + context.getDisplayName());
    }

    private int[] counts(ExtensionContext context) {
      return byClass.computeIfAbsent(className(context), k -> new int[2]);
    }

    private static String className(ExtensionContext context) {
      return Optional.ofNullable(context.getRequiredTestClass().getSimpleName()).orElse("?");
    }

    @Override
    public synchronized void close() {
      new TreeMap<>(byClass).forEach((cls, n) -> out.printf("resilience: %-28s %3d passed, %d failed%n", cls, n[0],
          n[1]));
      failures.forEach(f -> out.println("resilience: FAILED " + f));
      out.printf("resilience: %d passed, %d failed%n", passed.get(), failed.get());
      out.flush();
    }
  }
}
