package org.restorative.core.privacy;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * HMAC-SHA256 (RFC 2104, FIPS 198-1) over the JDK's SHA-256 {@link MessageDigest}: the same bytes as
 * {@code javax.crypto.Mac.getInstance("HmacSHA256")}, which the tests compare against, and the RFC 4231
 * test vectors. Core's architecture rules allow {@code java..} packages only, so the construction is
 * written out here rather than taken from {@code javax.crypto}; it is the standard one, and nothing of
 * the hash itself is reimplemented.
 *
 * <p>Holds the key only as the two padded key blocks; never prints them.
 */
final class HmacSha256 {

  private static final int BLOCK_SIZE = 64;
  private static final byte INNER_PAD = 0x36;
  private static final byte OUTER_PAD = 0x5c;

  private final byte[] innerKey;
  private final byte[] outerKey;

  HmacSha256(byte[] key) {
    byte[] block = Arrays.copyOf(key.length > BLOCK_SIZE ? sha256().digest(key) : key, BLOCK_SIZE);
    innerKey = new byte[BLOCK_SIZE];
    outerKey = new byte[BLOCK_SIZE];
    for (int i = 0; i < BLOCK_SIZE; i++) {
      innerKey[i] = (byte) (block[i] ^ INNER_PAD);
      outerKey[i] = (byte) (block[i] ^ OUTER_PAD);
    }
    Arrays.fill(block, (byte) 0);
  }

  /** The 32-byte HMAC-SHA256 of the message under this key. */
  byte[] mac(byte[] message) {
    MessageDigest inner = sha256();
    inner.update(innerKey);
    inner.update(message);
    byte[] innerHash = inner.digest();
    MessageDigest outer = sha256();
    outer.update(outerKey);
    outer.update(innerHash);
    return outer.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // every Java platform must provide SHA-256 (MessageDigest javadoc)
      throw new IllegalStateException("SHA-256 is not available on this platform", e);
    }
  }

  @Override
  public String toString() {
    return "HmacSha256[key=***]";
  }
}
