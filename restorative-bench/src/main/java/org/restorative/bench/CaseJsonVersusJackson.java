package org.restorative.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.synthetic.SyntheticCases;
import org.restorative.json.CaseJson;
import org.restorative.json.ReadResult;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Case records read and written by {@link CaseJson} against Jackson's own tree on the same NDJSON
 * lines, in one process: the lines of 1,000 synthetic cases of every stage (about 8 kB each), read
 * from their UTF-8 bytes, and the cases written as lines. Each score is the time per record.
 *
 * <ul>
 *   <li>{@code readCaseJson}: {@link CaseJson#read(byte[])}, strict: every value checked, the case
 *       built.
 *   <li>{@code readTree}: Jackson's {@code readTree} with a default mapper: a generic tree, nothing
 *       checked.
 *   <li>{@code readTreeFormatSettings}: {@code readTree} with what the format needs of a parser:
 *       duplicate names refused, decimals kept exactly ({@code BigDecimal}).
 *   <li>{@code tokens}: a bare pass over the tokens, each string made: the floor of any reader.
 *   <li>{@code writeCaseJson}: {@link CaseJson#writeLine}; {@code writeTree}: Jackson writing the
 *       equivalent tree as a string.
 * </ul>
 *
 * <p>Run {@code java -cp restorative-bench/target/benchmarks.jar
 * org.restorative.bench.CaseJsonVersusJackson}: it runs the benchmarks and prints the ratios the
 * README quotes. Or run them alone through JMH: {@code java -jar
 * restorative-bench/target/benchmarks.jar CaseJsonVersusJackson}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(1)
public class CaseJsonVersusJackson {

  /** Records per invocation: every score is divided by it. */
  static final int RECORDS = 1_000;

  private static final CaseJson STRICT = CaseJson.strict();
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final JsonMapper FORMAT_SETTINGS =
      JsonMapper.builder(
              JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
          .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private final List<byte[]> lines = new ArrayList<>();
  private final List<RestorativeCase> cases = new ArrayList<>();
  private final List<JsonNode> trees = new ArrayList<>();

  /** Writes the cohort's lines once, and checks that each reads back as its case. */
  @Setup(Level.Trial)
  public void setUp() {
    SyntheticCases.seeded(2026).cohort(RECORDS).forEach(cases::add);
    for (RestorativeCase c : cases) {
      byte[] line = STRICT.writeLine(c).getBytes(StandardCharsets.UTF_8);
      ReadResult read = STRICT.read(line);
      if (!read.problems().isEmpty() || !read.restorativeCase().equals(java.util.Optional.of(c))) {
        throw new IllegalStateException("a written line does not read back as its case");
      }
      lines.add(line);
      trees.add(FORMAT_SETTINGS.readTree(line));
    }
  }

  /**
   * Reads every line with {@link CaseJson}.
   *
   * @param out takes each result
   */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public void readCaseJson(Blackhole out) {
    for (byte[] line : lines) {
      out.consume(STRICT.read(line));
    }
  }

  /**
   * Reads every line as a Jackson tree, with a default mapper.
   *
   * @param out takes each tree
   */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public void readTree(Blackhole out) {
    for (byte[] line : lines) {
      out.consume(PLAIN.readTree(line));
    }
  }

  /**
   * Reads every line as a Jackson tree, refusing duplicate names and keeping decimals exact.
   *
   * @param out takes each tree
   */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public void readTreeFormatSettings(Blackhole out) {
    for (byte[] line : lines) {
      out.consume(FORMAT_SETTINGS.readTree(line));
    }
  }

  /**
   * Passes over every line's tokens, making each name and string.
   *
   * @param out takes each text
   */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public void tokens(Blackhole out) {
    for (byte[] line : lines) {
      try (JsonParser in = PLAIN.createParser(line)) {
        for (JsonToken token = in.nextToken(); token != null; token = in.nextToken()) {
          if (token == JsonToken.PROPERTY_NAME || token == JsonToken.VALUE_STRING) {
            out.consume(in.getString());
          }
        }
      }
    }
  }

  /**
   * Writes every case as a line with {@link CaseJson}.
   *
   * @param out takes each line
   */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public void writeCaseJson(Blackhole out) {
    for (RestorativeCase c : cases) {
      out.consume(STRICT.writeLine(c));
    }
  }

  /**
   * Writes every case's tree as a line with Jackson.
   *
   * @param out takes each line
   */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public void writeTree(Blackhole out) {
    for (JsonNode tree : trees) {
      out.consume(PLAIN.writeValueAsString(tree));
    }
  }

  /**
   * Runs the benchmarks and prints the ratios of {@link CaseJson} to Jackson.
   *
   * @param args JMH's own options, added to this class's (such as {@code -f 2})
   * @throws RunnerException if JMH fails
   * @throws CommandLineOptionException if an option is not one of JMH's
   */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    Options options =
        new OptionsBuilder()
            .parent(new CommandLineOptions(args))
            .include(CaseJsonVersusJackson.class.getSimpleName())
            .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Double> score = new TreeMap<>();
    for (RunResult result : results) {
      String label = result.getParams().getBenchmark();
      score.put(label.substring(label.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
    }
    System.out.printf(
        "%nPer record (µs): %s%n"
            + "read:  CaseJson / Jackson readTree                  = %.2f%n"
            + "read:  CaseJson / readTree with the format's settings = %.2f%n"
            + "read:  CaseJson / bare token pass                   = %.2f%n"
            + "write: CaseJson / Jackson writing the tree          = %.2f%n",
        score,
        ratio(score, "readCaseJson", "readTree"),
        ratio(score, "readCaseJson", "readTreeFormatSettings"),
        ratio(score, "readCaseJson", "tokens"),
        ratio(score, "writeCaseJson", "writeTree"));
  }

  /** The ratio of two scores; not a number when either benchmark was left out. */
  private static double ratio(Map<String, Double> score, String of, String to) {
    return score.getOrDefault(of, Double.NaN) / score.getOrDefault(to, Double.NaN);
  }
}
