package io.hcsdk.core.json;

import io.hcsdk.core.auth.Masking;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every model of the SDK: builders whose {@code build()}
 * returns the public abstract type, singular adders for lists ({@code addDeployment}), no Guava,
 * and {@link Masking#MASK} in place of {@code @Value.Redacted} attributes in {@code toString}. What is
 * written to JSON (absent fields left out) is the shared {@link Json#mapper()}'s decision.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    overshadowImplementation = true,
    depluralize = true,
    jdkOnly = true,
    redactedMask = Masking.MASK,
    forceJacksonPropertyNames = false,
    clearBuilder = true,
    defaults = @Value.Immutable(copy = true),
    // Models bind through generated streaming readers and writers, so no Immutables JSON holder.
    jacksonIntegration = false)
public @interface HcStyle {}
