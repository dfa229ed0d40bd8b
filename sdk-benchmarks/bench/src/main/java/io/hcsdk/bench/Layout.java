package io.hcsdk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the built clients are. Each client module leaves its jar and its runtime class path
 * ({@code lib/}) in its build directory; the harness runs workers from there, so each client runs on
 * exactly its own class path. Found from this class's location ({@code sdk-benchmarks/bench/<out>/...})
 * unless {@code -Dbench.home=<sdk-benchmarks dir>} (and {@code -Dhcsdk.out=<build dir name>}) say otherwise.
 */
public final class Layout {
  /** Jars of the benchmark itself inside a client's {@code lib/}: not part of the client's footprint. */
  private static final String OWN_JARS = "sdk-benchmarks-";

  private final Path home;
  private final String buildDirectory;

  private Layout(Path home, String buildDirectory) {
    this.home = home;
    this.buildDirectory = buildDirectory;
  }

  public static Layout locate() {
    Path code;
    try {
      code = Path.of(Layout.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    // .../sdk-benchmarks/bench/<out>/benchmarks.jar or .../sdk-benchmarks/bench/<out>/classes
    Path out = code.getParent();
    String home = System.getProperty("bench.home");
    String buildDirectory = System.getProperty("hcsdk.out", out.getFileName().toString());
    return new Layout(home != null ? Path.of(home) : out.getParent().getParent(), buildDirectory);
  }

  /** The {@code java} launcher of the running JDK: every process of a benchmark runs on the same JDK. */
  public static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * {@code java} and the options every child JVM gets: {@code -Dbench.jvmOptions="..."} (space-separated)
   * adds options to all of them alike. Only the build's smoke test uses it, to start its JVMs quickly;
   * a measured run leaves it empty.
   */
  public static List<String> javaCommand(String... options) {
    List<String> command = new java.util.ArrayList<>();
    command.add(java());
    String extra = System.getProperty("bench.jvmOptions", "").trim();
    if (!extra.isEmpty()) {
      command.addAll(List.of(extra.split("\\s+")));
    }
    command.addAll(List.of(options));
    return command;
  }

  /** {@code -cp} of a client's worker and cold-start processes: its module jar, then its runtime class path. */
  public String classPath(Client client) {
    Path build = buildDirectory(client);
    Path jar = build.resolve("sdk-benchmarks-" + client.label() + ".jar");
    Path lib = build.resolve("lib");
    if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
      throw new IllegalStateException("The " + client.label() + " client is not built (no " + jar + " or " + lib
          + "): run mvn -B package -DskipTests -pl sdk-benchmarks/bench -am first");
    }
    return jar + java.io.File.pathSeparator + lib + java.io.File.separator + "*";
  }

  /** The jars a user of the client ships: its runtime class path without the benchmark's own jars. */
  public List<Path> runtimeJars(Client client) {
    try (Stream<Path> files = Files.list(buildDirectory(client).resolve("lib"))) {
      return files.filter(f -> f.getFileName().toString().endsWith(".jar"))
          .filter(f -> !f.getFileName().toString().startsWith(OWN_JARS))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path buildDirectory(Client client) {
    return home.resolve(client.module()).resolve(buildDirectory);
  }
}
