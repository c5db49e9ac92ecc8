package org.restorative.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.restorative.core.metrics.FunnelStage;
import org.restorative.core.metrics.FunnelStep;

/**
 * The referral funnel of a cohort — referral, contact, consent, meeting, agreement, fulfilled — as
 * a standalone SVG image for a report: one horizontal bar per step, its length the step's share of
 * all referrals (intention to treat), labelled with the count and the percentage, under a title
 * giving the number of cases.
 *
 * <p>The image is accessible (a {@code title} and a {@code desc} stating every figure, {@code
 * role="img"}, a title on each bar), holds no script, no style sheet and no external reference,
 * uses the generic {@code sans-serif} font, and is deterministic: the same funnel gives the same
 * bytes on any machine. Each bar is a {@code rect} of class {@code bar}.
 */
final class FunnelChart {

  static final int WIDTH = 760;
  private static final int LABEL_RIGHT = 184;
  private static final int BAR_LEFT = 196;
  private static final int BAR_MAX = 420;
  private static final int FIRST_ROW = 84;
  private static final int ROW = 40;
  private static final int BAR_HEIGHT = 24;
  private static final String BAR_COLOUR = "#1f5f8b";
  private static final String TEXT_COLOUR = "#1a1a1a";
  private static final String MUTED_COLOUR = "#555555";
  private static final String GRID_COLOUR = "#d0d7de";

  private FunnelChart() {}

  /**
   * The chart of a funnel.
   *
   * @param funnel the steps, in order, as {@code CohortMetrics.funnel()} gives them
   * @param cases the number of cases counted (the referrals)
   * @return the SVG document
   */
  static String svg(List<FunnelStep> funnel, long cases) {
    int rowsBottom = FIRST_ROW + funnel.size() * ROW;
    int ticksBaseline = rowsBottom + 14;
    int noteBaseline = ticksBaseline + 30;
    int height = noteBaseline + 20;
    String title = "Case funnel: " + cases + (cases == 1 ? " case" : " cases");

    SvgWriter svg = new SvgWriter();
    svg.start(
        "svg",
        "xmlns",
        SvgWriter.NAMESPACE,
        "version",
        "1.1",
        "width",
        Integer.toString(WIDTH),
        "height",
        Integer.toString(height),
        "viewBox",
        "0 0 " + WIDTH + " " + height,
        "role",
        "img",
        "aria-labelledby",
        "funnel-title funnel-desc",
        "font-family",
        "sans-serif",
        "xml:lang",
        "en-GB");
    svg.text("title", title, "id", "funnel-title");
    svg.text("desc", description(funnel, cases), "id", "funnel-desc");
    svg.empty(
        "rect",
        "x",
        "0",
        "y",
        "0",
        "width",
        Integer.toString(WIDTH),
        "height",
        Integer.toString(height),
        "fill",
        "#ffffff");
    svg.text(
        "text",
        title,
        "x",
        "24",
        "y",
        "34",
        "font-size",
        "18",
        "font-weight",
        "bold",
        "fill",
        TEXT_COLOUR);
    svg.text(
        "text",
        "Cases that reached each step, and their percentage of all referrals (intention to treat)",
        "x",
        "24",
        "y",
        "58",
        "font-size",
        "12",
        "fill",
        MUTED_COLOUR);

    svg.start("g", "aria-hidden", "true");
    for (int percent = 0; percent <= 100; percent += 25) {
      String x = Integer.toString(BAR_LEFT + BAR_MAX * percent / 100);
      svg.empty(
          "line",
          "x1",
          x,
          "y1",
          Integer.toString(FIRST_ROW - 6),
          "x2",
          x,
          "y2",
          Integer.toString(rowsBottom - 4),
          "stroke",
          percent == 0 ? TEXT_COLOUR : GRID_COLOUR,
          "stroke-width",
          "1");
      svg.text(
          "text",
          percent + "%",
          "x",
          x,
          "y",
          Integer.toString(ticksBaseline),
          "font-size",
          "11",
          "text-anchor",
          "middle",
          "fill",
          MUTED_COLOUR);
    }
    svg.end();

    for (int i = 0; i < funnel.size(); i++) {
      FunnelStep step = funnel.get(i);
      int top = FIRST_ROW + i * ROW;
      String baseline = Integer.toString(top + BAR_HEIGHT / 2 + 5);
      BigDecimal width =
          cases == 0
              ? BigDecimal.ZERO
              : BigDecimal.valueOf(step.count() * (long) BAR_MAX)
                  .divide(BigDecimal.valueOf(cases), 1, RoundingMode.HALF_UP);
      String label = label(step.stage());
      svg.start("g", "id", "step-" + step.stage().name().toLowerCase(Locale.ROOT));
      svg.text("title", label + ": " + step.ofReferrals().display() + " of referrals");
      svg.text(
          "text",
          label,
          "x",
          Integer.toString(LABEL_RIGHT),
          "y",
          baseline,
          "font-size",
          "13",
          "text-anchor",
          "end",
          "fill",
          TEXT_COLOUR);
      svg.empty(
          "rect",
          "class",
          "bar",
          "x",
          Integer.toString(BAR_LEFT),
          "y",
          Integer.toString(top),
          "width",
          plain(width),
          "height",
          Integer.toString(BAR_HEIGHT),
          "fill",
          BAR_COLOUR);
      svg.text(
          "text",
          figure(step),
          "x",
          plain(width.add(BigDecimal.valueOf(BAR_LEFT + 8))),
          "y",
          baseline,
          "font-size",
          "13",
          "fill",
          TEXT_COLOUR);
      svg.end();
    }

    svg.text(
        "text",
        "Each step counts every case that reached it, whatever happened at the other steps."
            + " Definitions: docs/metrics.md.",
        "x",
        "24",
        "y",
        Integer.toString(noteBaseline),
        "font-size",
        "11",
        "fill",
        MUTED_COLOUR);
    svg.end();
    return svg.finish();
  }

  /** The label of a step, in the practice's words. */
  static String label(FunnelStage stage) {
    return switch (stage) {
      case REFERRAL -> "Referred";
      case CONTACT -> "Contact made";
      case CONSENT -> "Consent obtained";
      case MEETING -> "Meeting held";
      case AGREEMENT -> "Agreement reached";
      case FULFILLED -> "Agreement fulfilled";
    };
  }

  /**
   * The count and its percentage of referrals: {@code "96 (80.0%)"}, or the count alone of none.
   */
  private static String figure(FunnelStep step) {
    return step.ofReferrals()
        .percent()
        .map(p -> step.count() + " (" + p.toPlainString() + "%)")
        .orElse(Long.toString(step.count()));
  }

  /** Every figure in words, for a screen reader. */
  private static String description(List<FunnelStep> funnel, long cases) {
    List<String> parts = new ArrayList<>();
    for (FunnelStep step : funnel) {
      parts.add(label(step.stage()) + " " + figure(step));
    }
    return "Horizontal bar chart of the referral funnel of "
        + cases
        + (cases == 1 ? " case" : " cases")
        + ", each bar the cases that reached a step as a percentage of all referrals: "
        + String.join("; ", parts)
        + ".";
  }

  /** A number without exponent or trailing zeros: {@code 420}, {@code 336.5}. */
  private static String plain(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
