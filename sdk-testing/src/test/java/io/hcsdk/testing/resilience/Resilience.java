package io.hcsdk.testing.resilience;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a class of the resilience suite: its scenarios are tallied into the
 * {@code resilience: N passed, M failed} line, and none may hang (a scenario still running after
 * 60 seconds fails; the whole suite takes well under that).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("resilience")
@ExtendWith(ResilienceTally.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public @interface Resilience {}
