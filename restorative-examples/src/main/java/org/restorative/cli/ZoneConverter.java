package org.restorative.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a {@code --zone} option: a time-zone name such as {@code Europe/London}, or an offset such
 * as {@code +01:00}. A name Java does not know is a command-line error (exit code 2).
 */
final class ZoneConverter implements ITypeConverter<ZoneId> {

  @Override
  public ZoneId convert(String value) {
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      throw new TypeConversionException(
          "must be a time zone such as Europe/London or an offset such as +01:00");
    }
  }
}
