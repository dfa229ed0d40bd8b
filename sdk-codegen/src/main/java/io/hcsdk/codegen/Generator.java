package io.hcsdk.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

  /** Generates {@code specFile} into {@code outputRoot}; returns the number of files written. */
  public static int run(Path specFile, Path outputRoot) {
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
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
