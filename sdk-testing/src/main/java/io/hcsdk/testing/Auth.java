package io.hcsdk.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the clients {@link CloudSimulatorExtension} injects authenticate: on a parameter, a test method
 * or a test class (the nearest one wins; {@link AuthMode#TOKEN} without any).
 *
 * <pre>{@code
 * @Test
 * void signsEveryCall(@Auth(AuthMode.AKSK) FabricClient fabric, CloudSimulator sim) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
public @interface Auth {
  AuthMode value();
}
