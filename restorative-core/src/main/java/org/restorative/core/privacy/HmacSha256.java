package org.restorative.core.privacy;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 (RFC 2104, FIPS 198-1) under one key, through the platform's {@link Mac} ({@code
 * HmacSHA256}, which every Java platform provides). A {@code Mac} holds state while it computes, so
 * each call works on its own copy of a prototype initialised once: one instance is safe to share
 * between threads, as {@link Pseudonymiser} is.
 *
 * <p>Never prints the key.
 */
final class HmacSha256 {

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;
  private final Mac prototype;

  HmacSha256(byte[] key) {
    this.key = new SecretKeySpec(key, ALGORITHM);
    this.prototype = initialised(this.key);
  }

  /**
   * The 32-byte HMAC-SHA256 of the message under this key.
   *
   * @param message the message
   * @return the MAC
   */
  byte[] mac(byte[] message) {
    return copy().doFinal(message);
  }

  private Mac copy() {
    try {
      return (Mac) prototype.clone();
    } catch (CloneNotSupportedException e) {
      // a provider whose Mac cannot be cloned: a fresh one, initialised with the same key
      return initialised(key);
    }
  }

  private static Mac initialised(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      // every Java platform must provide HmacSHA256 (Mac javadoc, "Standard Algorithm Names")
      throw new IllegalStateException("HmacSHA256 is not available on this platform", e);
    }
  }

  @Override
  public String toString() {
    return "HmacSha256[key=***]";
  }
}
