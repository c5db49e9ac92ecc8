package org.restorative.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgWriterTest {

  @Test
  void markup_characters_are_escaped_as_entities() {
    assertThat(SvgWriter.escape("Tom & Jerry's <b>\"ward\"</b>"))
        .isEqualTo("Tom &amp; Jerry&apos;s &lt;b&gt;&quot;ward&quot;&lt;/b&gt;");
  }

  @Test
  void characters_xml_does_not_allow_are_replaced_and_line_breaks_kept_as_references() {
    assertThat(SvgWriter.escape("a\u0000b\u0007c\uFFFEd\uD800e"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
    assertThat(SvgWriter.escape("one\ntwo\tthree\r")).isEqualTo("one&#10;two&#9;three&#13;");
    assertThat(SvgWriter.escape("caf\u00e9 \uD83D\uDE00")).isEqualTo("caf\u00e9 \uD83D\uDE00");
  }

  @Test
  void a_document_with_hostile_text_is_still_well_formed_and_keeps_the_text() throws Exception {
    String hostile = "</text><script>alert(1)</script>&x; \"quoted\" 'single'\nnext";
    SvgWriter svg = new SvgWriter();
    svg.start("svg", "xmlns", SvgWriter.NAMESPACE, "aria-label", hostile);
    svg.text("title", hostile);
    svg.empty("rect", "width", "10", "height", "5");
    svg.end();

    String text = svg.finish();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

    Element root = document.getDocumentElement();
    assertThat(root.getAttribute("aria-label")).isEqualTo(hostile);
    assertThat(root.getElementsByTagNameNS(SvgWriter.NAMESPACE, "title").item(0).getTextContent())
        .isEqualTo(hostile);
    assertThat(root.getElementsByTagNameNS("*", "script").getLength()).isZero();
    assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ");
  }

  @Test
  void an_element_left_open_or_a_second_root_or_a_bad_name_is_refused() {
    SvgWriter open = new SvgWriter().start("svg");
    assertThatThrownBy(open::finish).isInstanceOf(IllegalStateException.class);

    SvgWriter done = new SvgWriter().start("svg").end();
    assertThatThrownBy(() -> done.empty("rect")).isInstanceOf(IllegalStateException.class);

    assertThatThrownBy(() -> new SvgWriter().start("svg onload=x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SvgWriter().start("svg", "width"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SvgWriter().end()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new SvgWriter().finish()).isInstanceOf(IllegalStateException.class);
  }
}
