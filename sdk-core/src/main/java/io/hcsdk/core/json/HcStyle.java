package io.hcsdk.core.json;

import io.hcsdk.core.auth.Masking;
import io.hcsdk.core.validate.MissingFieldsException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every model of the SDK: builders whose {@code build()}
 * returns the public abstract type, singular adders for lists ({@code addDeployment}), no Guava,
 * {@link Masking#MASK} in place of {@code @Value.Redacted} attributes in {@code toString}, and a
 * {@link MissingFieldsException} from a {@code build()} that lacks a required field. What is
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
    jacksonIntegration = false,
    // A builder missing a required field fails like any other bad input: typed, naming the field.
    throwForInvalidImmutableState = MissingFieldsException.class)
public @interface HcStyle {}
