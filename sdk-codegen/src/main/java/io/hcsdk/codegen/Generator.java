package io.hcsdk.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Spec in, Java sources out: reads and checks a spec, builds its model and writes the generated
 * files under an output root. Files whose content is unchanged are not rewritten (so incremental
 * compiles stay incremental), and generated files no longer produced are deleted.
 */
public final class Generator {
  private Generator() {}

  /** The generated sources of a spec, by relative path; a {@link SpecException} if it is bad. */
  public static Map<String, String> generate(SpecDocument spec) {
    OpenApiChecker.check(spec);
    spec.throwIfProblems();
    return new Emitter(ModelReader.read(spec)).emit();
  }

  /**
   * Generates {@code specFile} into {@code outputRoot}; returns the number of files written, or
   * -1 when the output is up to date (same spec, same generator, every file still there), which
   * costs a hash of the spec instead of a generation.
   */
  public static int run(Path specFile, Path outputRoot) {
    Path stamp = outputRoot.resolve(".hcsdk-" + specFile.getFileName() + ".stamp");
    String fingerprint = fingerprint(specFile);
    if (upToDate(stamp, fingerprint, outputRoot)) {
      return -1;
    }
    Map<String, String> files = generate(SpecDocument.read(specFile));
    try {
      int written = 0;
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path target = outputRoot.resolve(file.getKey());
        byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
        if (Files.exists(target) && java.util.Arrays.equals(Files.readAllBytes(target), content)) {
          continue;
        }
        Files.createDirectories(target.getParent());
        Files.write(target, content);
        written++;
      }
      deleteStale(outputRoot, files);
      Files.writeString(stamp, fingerprint + "\n" + String.join("\n", files.keySet()) + "\n");
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The spec's content and the generator's own code (so a changed generator regenerates). */
  private static String fingerprint(Path specFile) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(Files.readAllBytes(specFile));
      Path code = Path.of(Generator.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      try (Stream<Path> all = Files.walk(code)) {
        for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
          sha.update((p + "@" + Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis())
              .getBytes(StandardCharsets.UTF_8));
        }
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException | URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean upToDate(Path stamp, String fingerprint, Path outputRoot) {
    try {
      if (!Files.exists(stamp)) {
        return false;
      }
      List<String> lines = Files.readAllLines(stamp, StandardCharsets.UTF_8);
      return !lines.isEmpty() && lines.get(0).equals(fingerprint)
          && lines.stream().skip(1).allMatch(file -> Files.exists(outputRoot.resolve(file)));
    } catch (IOException e) {
      return false;
    }
  }

  private static void deleteStale(Path root, Map<String, String> files) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    List<Path> stale = new ArrayList<>();
    try (Stream<Path> all = Files.walk(root)) {
      all.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !files.containsKey(root.relativize(p).toString().replace('\\', '/')))
          .forEach(stale::add);
    }
    for (Path p : stale) {
      Files.delete(p);
    }
  }
}
