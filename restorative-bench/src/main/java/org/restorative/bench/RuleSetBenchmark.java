package org.restorative.bench;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.rules.Policy;
import org.restorative.core.rules.Report;
import org.restorative.core.rules.RuleSet;

/**
 * The cost of checking a case against the standard rules as the case grows: a held circle with 10,
 * 100 and 1,000 extra members. Linear rules give a cost per member that stays flat.
 *
 * <p>Run: {@code java -jar restorative-bench/target/benchmarks.jar RuleSetBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RuleSetBenchmark {

  /** Members added to the circle. */
  @Param({"10", "100", "1000"})
  public int members;

  private RestorativeCase circle;
  private final Policy policy = Policy.standard();
  private final Instant asOf = Instant.parse("2030-01-01T00:00:00Z");

  /** Builds the case once per trial, and refuses a case the rules find fault with. */
  @Setup(Level.Trial)
  public void setUp() {
    circle = LargeCases.circleWith(members);
    Report report = RuleSet.standard().check(circle, policy, asOf);
    if (report.hasErrors()) {
      throw new IllegalStateException("the large case is not valid: " + report.codes());
    }
  }

  /**
   * Checks the case.
   *
   * @return the report
   */
  @Benchmark
  public Report check() {
    return RuleSet.standard().check(circle, policy, asOf);
  }
}
