package io.hcsdk.codegen;

import java.util.List;
import java.util.stream.Collectors;

/** A spec the generator refuses, with every problem found (not just the first). */
public final class SpecException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<SpecProblem> problems;

  public SpecException(List<SpecProblem> problems) {
    super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the spec:\n  "
        + problems.stream().map(SpecProblem::toString).collect(Collectors.joining("\n  ")));
    this.problems = List.copyOf(problems);
  }

  public List<SpecProblem> problems() {
    return problems;
  }
}
