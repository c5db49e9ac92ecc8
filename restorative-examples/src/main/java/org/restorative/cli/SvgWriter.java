package org.restorative.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * A small writer of SVG (an XML document): elements with attributes and text, each on its own line,
 * indented by two spaces, every text and attribute value escaped as XML. It checks that names are
 * plain XML names and that every element is closed, so what it writes is always well-formed.
 *
 * <pre>{@code
 * SvgWriter svg = new SvgWriter();
 * svg.start("svg", "xmlns", SvgWriter.NAMESPACE, "width", "200", "height", "100");
 * svg.text("title", "Case funnel");
 * svg.empty("rect", "x", "0", "y", "0", "width", "50", "height", "10");
 * svg.end();
 * String document = svg.finish();
 * }</pre>
 */
final class SvgWriter {

  /** The SVG namespace. */
  static final String NAMESPACE = "http://www.w3.org/2000/svg";

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.:-]*");

  private final StringBuilder out = new StringBuilder();
  private final Deque<String> open = new ArrayDeque<>();
  private boolean rooted;

  /** A writer holding the XML declaration. */
  SvgWriter() {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  }

  /**
   * Opens an element; close it with {@link #end()}.
   *
   * @param name the element's name
   * @param attributes names and values, in pairs
   * @return this writer
   */
  SvgWriter start(String name, String... attributes) {
    tag(name, attributes);
    out.append(">\n");
    open.push(name);
    return this;
  }

  /**
   * Writes an element without content.
   *
   * @param name the element's name
   * @param attributes names and values, in pairs
   * @return this writer
   */
  SvgWriter empty(String name, String... attributes) {
    tag(name, attributes);
    out.append("/>\n");
    return this;
  }

  /**
   * Writes an element holding only text.
   *
   * @param name the element's name
   * @param text the text, escaped as it is written
   * @param attributes names and values, in pairs
   * @return this writer
   */
  SvgWriter text(String name, String text, String... attributes) {
    tag(name, attributes);
    out.append('>').append(escape(text)).append("</").append(name).append(">\n");
    return this;
  }

  /**
   * Closes the element opened last.
   *
   * @return this writer
   */
  SvgWriter end() {
    if (open.isEmpty()) {
      throw new IllegalStateException("svg writer has no open element to end");
    }
    String name = open.pop();
    indent();
    out.append("</").append(name).append(">\n");
    return this;
  }

  /**
   * The document written.
   *
   * @return the document, ending with a line feed
   * @throws IllegalStateException if an element is still open or nothing was written
   */
  String finish() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("svg writer has an element still open: " + open.peek());
    }
    if (!rooted) {
      throw new IllegalStateException("svg writer has written no element");
    }
    return out.toString();
  }

  private void tag(String name, String... attributes) {
    if (open.isEmpty() && rooted) {
      throw new IllegalStateException("svg writer allows one root element");
    }
    rooted = true;
    checkName(name);
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("svg attributes come in name and value pairs");
    }
    indent();
    out.append('<').append(name);
    for (int i = 0; i < attributes.length; i += 2) {
      checkName(attributes[i]);
      out.append(' ')
          .append(attributes[i])
          .append("=\"")
          .append(escape(attributes[i + 1]))
          .append('"');
    }
  }

  private void indent() {
    out.append("  ".repeat(open.size()));
  }

  private static void checkName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("svg names must be plain XML names");
    }
  }

  /**
   * A text escaped for XML content or a double-quoted attribute value: {@code & < > " '} as
   * entities, tab, line feed and carriage return as character references (so an attribute keeps
   * them), and every character XML 1.0 does not allow (other control characters, lone surrogates,
   * U+FFFE and U+FFFF) as U+FFFD.
   *
   * @param text the text
   * @return the escaped text
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&apos;");
        case '\t' -> escaped.append("&#9;");
        case '\n' -> escaped.append("&#10;");
        case '\r' -> escaped.append("&#13;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            escaped.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c) || c < 0x20 || c == '\uFFFE' || c == '\uFFFF') {
            escaped.append('\uFFFD');
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }
}
