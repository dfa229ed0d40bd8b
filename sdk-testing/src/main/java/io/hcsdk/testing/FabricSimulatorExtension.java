package io.hcsdk.testing;

import java.lang.reflect.Method;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a fresh {@link FabricSimulator} before each test and closes it after. Use it either way:
 *
 * <pre>{@code
 * @RegisterExtension
 * final FabricSimulatorExtension fabric = FabricSimulatorExtension.with(b -> b.stepsPerTransition(1));
 * // ... fabric.simulator()
 *
 * @ExtendWith(FabricSimulatorExtension.class)
 * class MyTest { @Test void t(FabricSimulator sim) { ... } }
 * }</pre>
 *
 * The simulator is also injected into {@code @BeforeEach}/{@code @AfterEach} methods' parameters.
 */
public final class FabricSimulatorExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FabricSimulatorExtension.class);
  private static final String KEY = "simulator";

  private final UnaryOperator<FabricSimulator.Builder> options;
  // For field-style access; the store is the source of truth for parameter injection.
  private volatile FabricSimulator current;

  /** Default options; the constructor {@code @ExtendWith} uses. */
  public FabricSimulatorExtension() {
    this(UnaryOperator.identity());
  }

  private FabricSimulatorExtension(UnaryOperator<FabricSimulator.Builder> options) {
    this.options = options;
  }

  /** An extension whose simulators are built with these options, e.g. {@code b -> b.requireToken("t")}. */
  public static FabricSimulatorExtension with(UnaryOperator<FabricSimulator.Builder> options) {
    return new FabricSimulatorExtension(options);
  }

  /** The simulator of the running test. */
  public FabricSimulator simulator() {
    FabricSimulator sim = current;
    if (sim == null) {
      throw new IllegalStateException("No simulator: it exists only while a test runs");
    }
    return sim;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    FabricSimulator sim = options.apply(FabricSimulator.builder()).start();
    context.getStore(NAMESPACE).put(KEY, sim);
    current = sim;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    FabricSimulator sim = context.getStore(NAMESPACE).remove(KEY, FabricSimulator.class);
    current = null;
    if (sim != null) {
      sim.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    // Methods only: a test instance outlives one test, the simulator does not.
    return parameter.getParameter().getType() == FabricSimulator.class
        && parameter.getDeclaringExecutable() instanceof Method;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    FabricSimulator sim = context.getStore(NAMESPACE).get(KEY, FabricSimulator.class);
    if (sim == null) {
      throw new ParameterResolutionException("FabricSimulator is available in test and @BeforeEach/@AfterEach "
          + "methods only");
    }
    return sim;
  }
}
