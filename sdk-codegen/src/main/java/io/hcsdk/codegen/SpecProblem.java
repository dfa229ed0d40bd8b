package io.hcsdk.codegen;

/**
 * One thing wrong with a spec: which file, where in it (a JSON pointer such as
 * {@code /components/schemas/Endpoint/properties/id}, and the YAML line when known) and what.
 */
public record SpecProblem(String file, int line, String pointer, String message) {
  @Override
  public String toString() {
    String where = line > 0 ? file + ":" + line : file;
    return where + ": " + (pointer.isEmpty() ? "/" : pointer) + ": " + message;
  }
}
