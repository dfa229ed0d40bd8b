package io.hcsdk.testing;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.fabric.FabricClient;
import io.hcsdk.modelarts.ModelArtsClient;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One {@link CloudSimulator} per test, for every service at once, on virtual time by default; injects
 * it and ready clients into test and {@code @BeforeEach}/{@code @AfterEach} methods:
 *
 * <ul>
 *   <li>{@link CloudSimulator}, {@link FakeTime} (the virtual time), {@link SimAccount};
 *   <li>{@link FabricClient}, {@link ModelArtsClient} and {@link ClientConfig}, authenticated as
 *       {@link Auth @Auth} says (a token by default), on the simulator's virtual time: waits and backoffs
 *       cost no real time.
 * </ul>
 *
 * <pre>{@code
 * @ExtendWith(CloudSimulatorExtension.class)
 * class EndpointsTest {
 *   @Test
 *   void createsAndDeletes(@Auth(AuthMode.IAM) FabricClient fabric, CloudSimulator sim) {
 *     Endpoint e = fabric.endpoints().createAndWait(request);   // milliseconds
 *     fabric.endpoints().delete(e.id()).waitUntilDeleted();
 *     sim.requests().assertCount("CreateEndpoint", 1);
 *   }
 * }
 *
 * @RegisterExtension
 * final CloudSimulatorExtension cloud = CloudSimulatorExtension.with(b -> b.pace(Pace.after(Duration.ofMinutes(2))));
 * }</pre>
 *
 * Clients it made are closed after the test, then the simulator.
 */
public final class CloudSimulatorExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(CloudSimulatorExtension.class);
  private static final String SIMULATOR = "simulator";
  private static final String CLIENTS = "clients";

  private final UnaryOperator<CloudSimulator.Builder> options;
  // For field-style access; the store is the source of truth for parameter injection.
  private volatile CloudSimulator current;

  /** Default options (virtual time); the constructor {@code @ExtendWith} uses. */
  public CloudSimulatorExtension() {
    this(UnaryOperator.identity());
  }

  private CloudSimulatorExtension(UnaryOperator<CloudSimulator.Builder> options) {
    this.options = options;
  }

  /**
   * An extension whose simulators are built with these options, applied to a builder already on
   * virtual time ({@code b -> b.clock(Clock.systemUTC())} goes back to real time).
   */
  public static CloudSimulatorExtension with(UnaryOperator<CloudSimulator.Builder> options) {
    return new CloudSimulatorExtension(options);
  }

  /** The simulator of the running test. */
  public CloudSimulator simulator() {
    CloudSimulator sim = current;
    if (sim == null) {
      throw new IllegalStateException("No simulator: it exists only while a test runs");
    }
    return sim;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    CloudSimulator sim = options.apply(CloudSimulator.builder().virtualTime()).start();
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    store.put(SIMULATOR, sim);
    store.put(CLIENTS, new ArrayList<AutoCloseable>());
    current = sim;
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    CloudSimulator sim = store.remove(SIMULATOR, CloudSimulator.class);
    List<?> clients = store.remove(CLIENTS, List.class);
    current = null;
    Exception failure = null;
    if (clients != null) {
      for (Object client : clients) {
        try {
          ((AutoCloseable) client).close();
        } catch (Exception e) {
          failure = e;
        }
      }
    }
    if (sim != null) {
      sim.close();
    }
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    // Methods only: a test instance outlives one test, the simulator does not.
    return parameter.getDeclaringExecutable() instanceof Method
        && (type == CloudSimulator.class || type == FakeTime.class || type == SimAccount.class
        || type == ClientConfig.class || type == FabricClient.class || type == ModelArtsClient.class);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    CloudSimulator sim = store.get(SIMULATOR, CloudSimulator.class);
    if (sim == null) {
      throw new ParameterResolutionException("The simulator is available in test and @BeforeEach/@AfterEach "
          + "methods only");
    }
    Class<?> type = parameter.getParameter().getType();
    if (type == CloudSimulator.class) {
      return sim;
    }
    if (type == SimAccount.class) {
      return sim.account();
    }
    if (type == FakeTime.class) {
      return sim.virtualTime().orElseThrow(() -> new ParameterResolutionException(
          "This simulator runs on a real clock, so there is no virtual time to inject"));
    }
    AuthMode mode = authMode(parameter, context);
    if (type == ClientConfig.class) {
      return sim.clientConfig(mode);
    }
    AutoCloseable client = type == FabricClient.class ? sim.fabricClient(mode) : sim.modelArtsClient(mode);
    @SuppressWarnings("unchecked")
    List<AutoCloseable> clients = store.get(CLIENTS, List.class);
    clients.add(client);
    return client;
  }

  /** The nearest {@link Auth}: the parameter's, the method's, then the classes' inside out. */
  private static AuthMode authMode(ParameterContext parameter, ExtensionContext context) {
    Optional<Auth> onParameter = parameter.findAnnotation(Auth.class);
    if (onParameter.isPresent()) {
      return onParameter.get().value();
    }
    List<AnnotatedElement> places = new ArrayList<>();
    context.getTestMethod().ifPresent(places::add);
    for (Class<?> c = context.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
      places.add(c);
    }
    for (AnnotatedElement place : places) {
      Auth auth = place.getAnnotation(Auth.class);
      if (auth != null) {
        return auth.value();
      }
    }
    return AuthMode.TOKEN;
  }
}
