package org.restorative.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --threads N} option of the commands that read every record ({@code validate}, {@code
 * stats}, {@code export}, {@code pseudonymise}): how many threads read and check NDJSON records.
 * Whatever the number, the output is written in input order, byte for byte as one thread writes it.
 */
final class ThreadsOption {

  /** The most threads asked for that is taken seriously. */
  static final int MAXIMUM = 256;

  @Option(
      names = "--threads",
      paramLabel = "N",
      converter = Converter.class,
      description =
          "How many threads read and check NDJSON records, 1 to "
              + MAXIMUM
              + " (default: the number of processors; 1 reads on one thread). The output is in"
              + " input order whatever the number.")
  private int threads = Runtime.getRuntime().availableProcessors();

  /**
   * The number of threads asked for, or the number of processors.
   *
   * @return at least 1
   */
  int threads() {
    return threads;
  }

  /** Reads {@code --threads}: a whole number from 1 to {@link #MAXIMUM}. */
  static final class Converter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int threads;
      try {
        threads = Integer.parseInt(value.trim());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("must be a whole number from 1 to " + MAXIMUM);
      }
      if (threads < 1 || threads > MAXIMUM) {
        throw new TypeConversionException("must be a whole number from 1 to " + MAXIMUM);
      }
      return threads;
    }
  }
}
