/**
 * Synthetic data: a seeded, deterministic generator of realistic restorative cases at every stage,
 * for property tests, demonstrations and method work without real patient data.
 *
 * <p>Every name, date and narrative is invented. The same seed gives the same cases on any machine
 * and any JDK: the generator uses its own SplitMix64 sequence, never the JDK's random number
 * generators, and reads no clock.
 */
@NullMarked
package org.restorative.core.synthetic;

import org.jspecify.annotations.NullMarked;
