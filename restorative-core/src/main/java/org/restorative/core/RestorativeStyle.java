package org.restorative.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library, applied in {@code package-info.java} of {@code
 * org.restorative.core} and so to every concept package beneath it.
 *
 * <p>The hand-written abstract type is the whole API: generated implementations are package-private
 * ({@code visibility = PACKAGE}), builders and copies return the abstract type ({@code
 * overshadowImplementation}), and callers write {@code new Harm.Builder()...build()}. Builders are
 * not strict, so that {@code new Consent.Builder().from(consent)} can change two attributes that
 * must change together (a status and the record that justifies it); generated code uses only the
 * JDK, and attributes marked {@link Value.Redacted} print as {@code ***} in {@code toString()}.
 *
 * <p>Package-private: it is a setting of core's build, read by the Immutables processor, not API.
 * Immutables applies a package's style to the packages beneath it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"process:processes", "analysis:analyses"},
    redactedMask = "***",
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
@interface RestorativeStyle {}
