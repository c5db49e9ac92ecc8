package org.restorative.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.rules.Policy;
import org.restorative.core.rules.RuleSet;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * The standard rules over a cohort as {@code validate} checks it: 1,000 synthetic cases of every
 * stage (the same cases {@link CaseJsonVersusJackson} reads), each checked as of one moment. The
 * score is the time per case; beside {@code CaseJsonVersusJackson.readCaseJson} it gives the share
 * of the rules in reading and checking a record.
 *
 * <p>Run: {@code java -jar restorative-bench/target/benchmarks.jar RuleSetOverCohort}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(1)
public class RuleSetOverCohort {

  private static final int RECORDS = 1_000;

  private final List<RestorativeCase> cases = new ArrayList<>();
  private final RuleSet rules = RuleSet.standard();
  private final Policy policy = Policy.standard();
  private final Instant asOf = Instant.parse("2026-12-01T00:00:00Z");

  /** Makes the cohort once. */
  @Setup(Level.Trial)
  public void setUp() {
    SyntheticCases.seeded(2026).cohort(RECORDS).forEach(cases::add);
  }

  /**
   * Checks every case.
   *
   * @param out takes each report
   */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public void check(Blackhole out) {
    for (RestorativeCase c : cases) {
      out.consume(rules.check(c, policy, asOf));
    }
  }
}
