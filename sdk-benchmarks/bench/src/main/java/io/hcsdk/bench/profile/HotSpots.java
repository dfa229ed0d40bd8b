package io.hcsdk.bench.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a JFR recording of a benchmark (for instance JMH's {@code -prof jfr}) and prints where hcsdk's
 * own code spends: CPU samples and sampled allocation, each attributed to the innermost frame in
 * {@code io.hcsdk} (so a library call made by hcsdk counts for the hcsdk method that made it), and
 * inclusive CPU per hcsdk method, and the leaf frames (any code) for what the time is spent on.
 *
 * <p>{@code java -cp benchmarks.jar io.hcsdk.bench.profile.HotSpots <recording.jfr> [top]}
 */
public final class HotSpots {
  private static final String OWN = "io.hcsdk.";
  private static final String BENCHMARK = "io.hcsdk.bench.";

  private HotSpots() {}

  public static void main(String[] args) throws IOException {
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    Map<String, Long> cpuSelf = new HashMap<>();
    Map<String, Long> cpuInclusive = new HashMap<>();
    Map<String, Long> allocation = new HashMap<>();
    Map<String, Long> leaf = new HashMap<>();
    long cpuSamples = 0;
    long allocated = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      String type = event.getEventType().getName();
      if (type.equals("jdk.ExecutionSample")) {
        cpuSamples++;
        List<RecordedFrame> frames = frames(event);
        if (!frames.isEmpty() && frames.get(0).getMethod() != null) {
          leaf.merge(qualifiedName(frames.get(0)), 1L, Long::sum);
        }
        String innermost = innermostOwn(frames);
        if (innermost != null) {
          cpuSelf.merge(innermost, 1L, Long::sum);
        }
        Set<String> onStack = new LinkedHashSet<>();
        for (RecordedFrame frame : frames) {
          if (isOwn(frame)) {
            onStack.add(name(frame));
          }
        }
        onStack.forEach(method -> cpuInclusive.merge(method, 1L, Long::sum));
      } else if (type.equals("jdk.ObjectAllocationSample")) {
        long weight = event.getLong("weight");
        allocated += weight;
        String innermost = innermostOwn(frames(event));
        if (innermost != null) {
          allocation.merge(innermost, weight, Long::sum);
        }
      }
    }
    print("CPU samples by innermost hcsdk frame (of " + cpuSamples + " samples)", cpuSelf, cpuSamples, top);
    print("CPU samples with the hcsdk method anywhere on the stack", cpuInclusive, cpuSamples, top);
    print("CPU samples by leaf frame, any code", leaf, cpuSamples, top);
    print("sampled allocation by innermost hcsdk frame (of " + allocated / 1_000_000 + " MB sampled)",
        allocation, allocated, top);
  }

  private static List<RecordedFrame> frames(RecordedEvent event) {
    RecordedStackTrace stack = event.getStackTrace();
    return stack == null ? List.of() : stack.getFrames();
  }

  private static String innermostOwn(List<RecordedFrame> frames) {
    for (RecordedFrame frame : frames) {
      if (isOwn(frame)) {
        return name(frame);
      }
    }
    return null;
  }

  private static boolean isOwn(RecordedFrame frame) {
    if (!frame.isJavaFrame() || frame.getMethod() == null) {
      return false;
    }
    String type = frame.getMethod().getType().getName();
    return type.startsWith(OWN) && !type.startsWith(BENCHMARK);
  }

  private static String name(RecordedFrame frame) {
    String type = frame.getMethod().getType().getName();
    return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
  }

  private static String qualifiedName(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  private static void print(String title, Map<String, Long> counts, long total, int top) {
    System.out.println(title + ":");
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(top)
        .forEach(e -> System.out.printf(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, total),
            e.getKey()));
  }
}
