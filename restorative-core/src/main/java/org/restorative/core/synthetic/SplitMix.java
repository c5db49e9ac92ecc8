package org.restorative.core.synthetic;

import java.util.List;

/**
 * The SplitMix64 sequence (Steele, Lea and Flood, 2014): a small, fully specified generator whose
 * output depends only on its seed, so that synthetic data is the same on every machine and JDK.
 */
final class SplitMix {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private long state;

  SplitMix(long seed) {
    this.state = seed;
  }

  /** A generator for one member of a family, independent of its siblings. */
  static SplitMix forIndex(long seed, long index) {
    SplitMix root = new SplitMix(seed);
    long mixed = root.nextLong() ^ mix(index * GOLDEN_GAMMA + 0x632BE59BD9B4E019L);
    return new SplitMix(mixed);
  }

  long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  private static long mix(long value) {
    long z = value;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A number from 0 (inclusive) to {@code bound} (exclusive). */
  int below(int bound) {
    return (int) Math.floorMod(nextLong(), (long) bound);
  }

  /** A number from {@code low} to {@code high}, both inclusive. */
  int between(int low, int high) {
    return low + below(high - low + 1);
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return (nextLong() >>> 11) * 0x1.0p-53 < p;
  }

  <T> T pick(List<T> options) {
    return options.get(below(options.size()));
  }

  @SafeVarargs
  final <T> T pick(T... options) {
    return options[below(options.length)];
  }

  /** Picks by weight: {@code weights[i]} is the relative weight of {@code options.get(i)}. */
  <T> T weighted(List<T> options, int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int draw = below(total);
    for (int i = 0; i < weights.length; i++) {
      draw -= weights[i];
      if (draw < 0) {
        return options.get(i);
      }
    }
    return options.get(options.size() - 1);
  }
}
