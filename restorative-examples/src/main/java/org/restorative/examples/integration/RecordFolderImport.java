package org.restorative.examples.integration;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.rules.Severity;
import org.restorative.core.rules.Violation;
import org.restorative.json.CaseJson;
import org.restorative.json.ReadResult;

/**
 * An integrator's import of a folder of case records, as a trust would run it when it takes records
 * from another system or from an old export:
 *
 * <ol>
 *   <li>every {@code *.json} file of the input folder is read <em>leniently</em>, with {@link
 *       VersionZeroUpcaster} for the in-house version-0 export: an unknown property is dropped with
 *       a warning instead of refusing the record;
 *   <li>every problem is reported with its file, code, severity and JSON Pointer (never a value:
 *       the messages hold no personal data);
 *   <li>each readable record is written <em>strictly</em>, in the current format version, under the
 *       same file name in the output folder, so the output reads back without a problem;
 *   <li>every readable record is also streamed, one line each, into a single NDJSON file, which
 *       needs the memory of one case whatever the size of the folder.
 * </ol>
 *
 * <p>A file that cannot be read (malformed, truncated, of an unknown version) is reported with its
 * errors and counted as unreadable; the import goes on with the next file.
 */
public final class RecordFolderImport {

  private final CaseJson reader;
  private final CaseJson writer;

  private RecordFolderImport(CaseJson reader, CaseJson writer) {
    this.reader = reader;
    this.writer = writer;
  }

  /**
   * The import: a lenient reader that also upcasts version 0, and a strict writer.
   *
   * @return the import
   */
  public static RecordFolderImport standard() {
    return new RecordFolderImport(
        CaseJson.lenient().withUpcaster(new VersionZeroUpcaster()), CaseJson.strict());
  }

  /**
   * One problem found in one file.
   *
   * @param file the file's name within the input folder
   * @param code the problem's stable code, such as {@code JSON_UNKNOWN_PROPERTY}
   * @param severity whether the problem stopped the record being read ({@link Severity#ERROR})
   * @param path the JSON Pointer of the problem in the document; empty for the whole document
   * @param message what is wrong, without any value from the record
   */
  public record FileProblem(
      String file, String code, Severity severity, String path, String message) {

    /**
     * The report line: {@code file: SEVERITY CODE at /path: message}.
     *
     * @return the line
     */
    @Override
    public String toString() {
      String at = path.isEmpty() ? "(document)" : path;
      return file + ": " + severity + " " + code + " at " + at + ": " + message;
    }
  }

  /**
   * What an import did.
   *
   * @param filesRead how many {@code *.json} files were read
   * @param casesWritten how many cases were written, each to its own file and to the NDJSON file
   * @param warnings how many warnings were reported, over all files
   * @param unreadableFiles the names of the files no case could be read from, in file-name order
   * @param problems every problem, file by file in file-name order, each file's in document order
   */
  public record Summary(
      int filesRead,
      int casesWritten,
      int warnings,
      List<String> unreadableFiles,
      List<FileProblem> problems) {

    /**
     * Copies the lists.
     *
     * @param filesRead how many {@code *.json} files were read
     * @param casesWritten how many cases were written
     * @param warnings how many warnings were reported
     * @param unreadableFiles the names of the files no case could be read from
     * @param problems every problem
     */
    public Summary {
      unreadableFiles = List.copyOf(unreadableFiles);
      problems = List.copyOf(problems);
    }

    /**
     * The summary line: {@code 4 files read, 3 cases written, 1 warning, 1 unreadable file}.
     *
     * @return the line
     */
    public String line() {
      return filesRead
          + plural(filesRead, " file", " files")
          + " read, "
          + casesWritten
          + plural(casesWritten, " case", " cases")
          + " written, "
          + warnings
          + plural(warnings, " warning", " warnings")
          + ", "
          + unreadableFiles.size()
          + plural(unreadableFiles.size(), " unreadable file", " unreadable files");
    }

    private static String plural(long count, String one, String many) {
      return count == 1 ? one : many;
    }
  }

  /**
   * Imports a folder.
   *
   * @param inputFolder the folder of {@code *.json} records; sub-folders are not read
   * @param outputFolder where each readable record is written strictly, under its own file name;
   *     created if missing
   * @param ndjsonFile where every readable record is written as one line of NDJSON; replaced if it
   *     exists
   * @return the summary, with every problem
   * @throws IOException if a folder cannot be listed or a file cannot be opened or written (bad
   *     content is never an exception: it is a problem in the summary)
   */
  public Summary run(Path inputFolder, Path outputFolder, Path ndjsonFile) throws IOException {
    List<Path> files = jsonFiles(inputFolder);
    Files.createDirectories(outputFolder);
    List<FileProblem> problems = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    int written = 0;
    int warnings = 0;
    try (OutputStream ndjson = new BufferedOutputStream(Files.newOutputStream(ndjsonFile))) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        ReadResult result = read(file);
        for (Violation v : result.problems()) {
          problems.add(new FileProblem(name, v.code(), v.severity(), v.path(), v.message()));
        }
        warnings += result.warnings().size();
        if (result.restorativeCase().isEmpty()) {
          unreadable.add(name);
          continue;
        }
        RestorativeCase restorativeCase = result.restorativeCase().get();
        Files.writeString(
            outputFolder.resolve(name), writer.write(restorativeCase), StandardCharsets.UTF_8);
        writer.writeNdjson(Stream.of(restorativeCase), ndjson);
        written++;
      }
    }
    return new Summary(files.size(), written, warnings, unreadable, problems);
  }

  private ReadResult read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return reader.read(in);
    }
  }

  private static List<Path> jsonFiles(Path folder) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.json")) {
      for (Path entry : entries) {
        if (Files.isRegularFile(entry)) {
          files.add(entry);
        }
      }
    }
    files.sort(Comparator.naturalOrder());
    return files;
  }

  /**
   * Runs the import from the command line and prints every problem, then the summary.
   *
   * <pre>{@code
   * java -cp restorative-examples/target/restorative.jar \
   *     org.restorative.examples.integration.RecordFolderImport IN_FOLDER OUT_FOLDER CASES.ndjson
   * }</pre>
   *
   * @param args the input folder, the output folder and the NDJSON file
   * @throws IOException if a folder or file cannot be opened or written
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = System.out;
    if (args.length != 3) {
      System.err.println("usage: RecordFolderImport IN_FOLDER OUT_FOLDER CASES.ndjson");
      System.exit(2);
      return;
    }
    Summary summary = standard().run(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
    summary.problems().forEach(out::println);
    out.println(summary.line());
  }
}
