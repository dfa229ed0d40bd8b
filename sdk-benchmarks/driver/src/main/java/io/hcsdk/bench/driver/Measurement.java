package io.hcsdk.bench.driver;

/**
 * One run of {@code calls} calls of {@code op} on {@code threads} threads: the CPU time and the bytes
 * allocated by the calling threads (summed), the wall time from the start signal until the last
 * thread finished, and the whole process's CPU time over the run (GC, JIT and any thread of the
 * client's own included) as a check that no client hides work from the calling threads.
 */
public record Measurement(Op op, int threads, long calls, long cpuNanos, long allocatedBytes, long wallNanos,
    long processCpuNanos) {
  private static final String PREFIX = "result";

  public double cpuMicrosPerCall() {
    return cpuNanos / 1_000.0 / calls;
  }

  public double kilobytesPerCall() {
    return allocatedBytes / 1_024.0 / calls;
  }

  public double processCpuMicrosPerCall() {
    return processCpuNanos / 1_000.0 / calls;
  }

  public double callsPerSecond() {
    return calls * 1e9 / wallNanos;
  }

  /** The line a worker prints (without the protocol's marker). */
  public String toLine() {
    return String.join(" ", PREFIX, op.name(), Integer.toString(threads), Long.toString(calls),
        Long.toString(cpuNanos), Long.toString(allocatedBytes), Long.toString(wallNanos),
        Long.toString(processCpuNanos));
  }

  /** Reads what {@link #toLine()} wrote. */
  public static Measurement parse(String line) {
    String[] parts = line.trim().split(" ");
    if (parts.length != 8 || !parts[0].equals(PREFIX)) {
      throw new IllegalArgumentException("Not a measurement: " + line);
    }
    return new Measurement(Op.valueOf(parts[1]), Integer.parseInt(parts[2]), Long.parseLong(parts[3]),
        Long.parseLong(parts[4]), Long.parseLong(parts[5]), Long.parseLong(parts[6]), Long.parseLong(parts[7]));
  }
}
