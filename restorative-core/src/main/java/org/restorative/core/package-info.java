/**
 * restorative-core: the framework-free domain of restorative practice in mental-health services.
 *
 * <p>Every value is immutable and thread-safe; absence is {@link java.util.Optional}, never {@code
 * null}. The concept packages ({@code harm}, {@code party}, {@code consent}, {@code assessment},
 * {@code questions}, {@code process}, {@code outcome}) refer to each other by typed id; {@code
 * casefile} holds them together in one case.
 */
@RestorativeStyle
@NullMarked
package org.restorative.core;

import org.jspecify.annotations.NullMarked;
