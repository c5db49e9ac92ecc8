package org.restorative.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.restorative.core.synthetic.SyntheticCases;
import org.restorative.json.CaseJson;
import org.restorative.json.NdjsonReader;

/**
 * A whole-process measurement of NDJSON streaming: writes a synthetic cohort as NDJSON to a
 * temporary file, reads it back line by line, and prints the counts, the file size, the times and
 * the peak heap. Run it with a small heap to show that memory stays flat whatever the cohort size:
 *
 * <pre>{@code
 * java -Xmx64m -cp restorative-bench/target/benchmarks.jar org.restorative.bench.NdjsonRoundTrip 100000
 * }</pre>
 */
public final class NdjsonRoundTrip {

  private NdjsonRoundTrip() {}

  /**
   * Runs the round trip.
   *
   * @param args the number of cases (default 100,000) and the seed (default 7)
   * @throws IOException if the temporary file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    long cases = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 7;
    Path file = Files.createTempFile("restorative-cohort", ".ndjson");
    try {
      long started = System.nanoTime();
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
        CaseJson.strict().writeNdjson(SyntheticCases.seeded(seed).cohort(cases), out);
      }
      long written = System.nanoTime();
      long read = 0;
      long problems = 0;
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
          NdjsonReader lines = CaseJson.strict().readNdjson(in)) {
        while (lines.hasNext()) {
          NdjsonReader.Line line = lines.next();
          read += line.result().isRead() ? 1 : 0;
          problems += line.result().problems().size();
        }
      }
      long done = System.nanoTime();
      System.out.printf(
          "cases written %d, read %d, problems %d, file %.1f MB%n"
              + "generate+write %.1f s, read %.1f s, max heap %d MB, peak heap used %.1f MB%n",
          cases,
          read,
          problems,
          Files.size(file) / 1e6,
          (written - started) / 1e9,
          (done - written) / 1e9,
          Runtime.getRuntime().maxMemory() / (1024 * 1024),
          peakHeapUsed() / (1024.0 * 1024.0));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static long peakHeapUsed() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
