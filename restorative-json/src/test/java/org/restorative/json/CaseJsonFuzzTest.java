package org.restorative.json;

import static org.restorative.json.Planted.checkProblems;
import static org.restorative.json.Planted.require;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.restorative.core.casefile.RestorativeCase;

/**
 * Fuzz targets for reading case records, one document or NDJSON, strict and lenient.
 *
 * <p>In every build they run in regression mode: the empty input, then each seed in {@code
 * CaseJsonFuzzTestInputs/<method>/} (hostile inputs: malformed and truncated JSON, byte-order
 * marks, invalid UTF-8, huge numbers, extreme moments, duplicate keys, lone surrogates, unknown
 * properties, golden records). With {@code JAZZER_FUZZ=1} Jazzer mutates them for as long as it is
 * given (see the README's "Fuzzing"). Each target checks the reader's promises, not only that
 * nothing crashes:
 *
 * <ul>
 *   <li>reading never throws, for any bytes;
 *   <li>every problem has one of {@link ProblemCode}' codes and a JSON Pointer, and neither its
 *       message nor its path holds {@link Planted#SENTINEL}, which the target plants for every
 *       backtick;
 *   <li>a case comes without errors, and no case without one;
 *   <li>strict reads exactly what lenient reads with no warning, and the same case;
 *   <li>the reader gives exactly what its full path alone gives (see {@link StraightPathTest});
 *   <li>a case read is written and read back equal, as a document and as NDJSON, and its line is
 *       not much longer than the input.
 * </ul>
 */
class CaseJsonFuzzTest {

  private static final CaseJson STRICT = CaseJson.strict();
  private static final CaseJson LENIENT = CaseJson.lenient();

  /**
   * The longest a written line may be: a small multiple of the input, plus the defaults written.
   */
  private static long longestLine(int inputLength) {
    return 8L * inputLength + 4096;
  }

  @FuzzTest
  void reading_a_document_keeps_its_promises(byte[] input) {
    byte[] bytes = Planted.expand(input);

    ReadResult strict = STRICT.read(bytes);
    ReadResult lenient = LENIENT.read(bytes);

    checkProblems(strict);
    checkProblems(lenient);
    require(
        strict.isRead() == (lenient.isRead() && lenient.problems().isEmpty()),
        "strict and lenient disagree: " + strict + " / " + lenient);
    if (strict.isRead()) {
      require(strict.problems().isEmpty(), "a strict read with problems: " + strict);
      require(
          strict.restorativeCase().equals(lenient.restorativeCase()),
          "strict and lenient read different cases");
    }
    require(
        STRICT.read(new ByteArrayInputStream(bytes)).equals(strict),
        "reading the bytes from a stream differs from reading them at once");
    require(
        strict.equals(STRICT.fullPathOnly().read(bytes))
            && lenient.equals(LENIENT.fullPathOnly().read(bytes)),
        "the straight path read the bytes otherwise than the full path alone");
    lenient.restorativeCase().ifPresent(c -> writtenAndReadBackEqual(c, bytes.length));
  }

  @FuzzTest
  void reading_ndjson_keeps_its_promises(byte[] input) {
    byte[] bytes = Planted.expand(input);

    List<NdjsonReader.Line> lines = readNdjson(STRICT, bytes);

    List<byte[]> physical = physicalLines(bytes);
    List<Long> expected = new ArrayList<>();
    for (int i = 0; i < physical.size(); i++) {
      byte[] line = physical.get(i);
      Optional<String> text = CaseJson.decode(line, 0, line.length);
      if (text.isEmpty() || !text.get().isBlank()) {
        expected.add(i + 1L);
      }
    }
    require(
        lines.stream().map(NdjsonReader.Line::number).toList().equals(expected),
        "lines reported "
            + lines.stream().map(NdjsonReader.Line::number).toList()
            + " instead of every non-blank line "
            + expected);
    List<RestorativeCase> cases = new ArrayList<>();
    for (NdjsonReader.Line line : lines) {
      checkProblems(line.result());
      byte[] alone = physical.get((int) line.number() - 1);
      Optional<String> text = CaseJson.decode(alone, 0, alone.length);
      // A byte-order mark is skipped only before line 1 (taken off above); on a later line it is
      // read as it is, which the public read(String) would not do.
      ReadResult byItself =
          text.isEmpty()
              ? CaseJson.invalidEncoding()
              : text.get().charAt(0) == CaseJson.BYTE_ORDER_MARK
                  ? STRICT.readText(text.get())
                  : STRICT.read(text.get());
      require(
          line.result().equals(byItself),
          "line " + line.number() + " read differently from the same bytes on their own");
      line.result().restorativeCase().ifPresent(cases::add);
    }
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    STRICT.writeNdjson(cases.stream(), written);
    List<NdjsonReader.Line> again = readNdjson(STRICT, written.toByteArray());
    require(
        again.size() == cases.size(), "NDJSON written and read back has another number of lines");
    for (int i = 0; i < cases.size(); i++) {
      ReadResult back = again.get(i).result();
      require(back.problems().isEmpty(), "a written line read back with problems: " + back);
      require(
          back.restorativeCase().equals(Optional.of(cases.get(i))),
          "a written line read back as another case");
    }
  }

  private static void writtenAndReadBackEqual(RestorativeCase c, int inputLength) {
    String document = STRICT.write(c);
    ReadResult back = STRICT.read(document);
    require(back.problems().isEmpty(), "the written document read back with problems: " + back);
    require(
        back.restorativeCase().equals(Optional.of(c)),
        "the written document read back as another case");
    require(
        STRICT.read(document.getBytes(StandardCharsets.UTF_8)).equals(back),
        "the written document read from its UTF-8 bytes differs");
    String line = STRICT.writeLine(c);
    require(
        STRICT.read(line).equals(back), "the written line read back differently from the document");
    require(
        line.length() <= longestLine(inputLength),
        "a written line of " + line.length() + " characters from " + inputLength + " bytes");
  }

  private static List<NdjsonReader.Line> readNdjson(CaseJson json, byte[] bytes) {
    try (NdjsonReader reader = json.readNdjson(new ByteArrayInputStream(bytes))) {
      return reader.stream().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The input's lines as the NDJSON reader should see them: split at each newline, a carriage
   * return before it dropped, a byte-order mark before line 1 dropped.
   */
  private static List<byte[]> physicalLines(byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        if (i == bytes.length && start == bytes.length) {
          break;
        }
        int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
        int from =
            lines.isEmpty() && startsWithByteOrderMark(bytes, start, end) ? start + 3 : start;
        lines.add(java.util.Arrays.copyOfRange(bytes, from, end));
        start = i + 1;
      }
    }
    return lines;
  }

  private static boolean startsWithByteOrderMark(byte[] bytes, int start, int end) {
    return end - start >= 3
        && bytes[start] == (byte) 0xEF
        && bytes[start + 1] == (byte) 0xBB
        && bytes[start + 2] == (byte) 0xBF;
  }
}
