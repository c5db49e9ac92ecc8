package org.restorative.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes of an array read as one {@code long}, and the bytes of it that are zero found without
 * a branch for each byte: how the reader scans a line for its end ({@link NdjsonReader}) and a
 * document for bytes beyond ASCII ({@link CaseJson#isPlainAscii}).
 */
final class EightBytes {

  private EightBytes() {}

  /** Each of the eight bytes with only its high bit set. */
  static final long HIGH_BITS = 0x8080_8080_8080_8080L;

  private static final long LOW_BITS = 0x0101_0101_0101_0101L;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The bytes {@code bytes[i..i+8)} as one {@code long}, the first the lowest. */
  static long at(byte[] bytes, int i) {
    return (long) LONGS.get(bytes, i);
  }

  /**
   * The high bit of each byte of {@code eight} that is zero, and possibly of bytes above a zero
   * one: zero when no byte is, and otherwise the lowest bit set marks the first zero byte.
   */
  static long zeros(long eight) {
    return (eight - LOW_BITS) & ~eight & HIGH_BITS;
  }

  /** {@code byte} repeated eight times. */
  static long repeated(byte value) {
    return LOW_BITS * (value & 0xFF);
  }
}
