package io.hcsdk.codegen;

import java.nio.file.Path;

/**
 * Command line: {@code Main <spec.yaml> <output source root> [--verbose]}. Run by each service
 * module's {@code generate-sources} phase (exec-maven-plugin, inside Maven's JVM): it must not
 * call {@code System.exit}, so a bad spec ends it with a {@link SpecException} listing every
 * problem. Silent otherwise, so {@code mvn -q} stays quiet.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (args.length < 2 || args.length > 3 || args.length == 3 && !args[2].equals("--verbose")) {
      throw new IllegalArgumentException(
          "usage: Main <spec.yaml> <output source root> [--verbose]");
    }
    long start = System.nanoTime();
    Path spec = Path.of(args[0]);
    int written = Generator.run(spec, Path.of(args[1]));
    if (args.length == 3) {
      System.out.printf("hcsdk-codegen: %s -> %s (%s, %d ms)%n", spec.getFileName(), args[1],
          written < 0 ? "up to date" : written + " files changed",
          (System.nanoTime() - start) / 1_000_000);
    }
  }
}
