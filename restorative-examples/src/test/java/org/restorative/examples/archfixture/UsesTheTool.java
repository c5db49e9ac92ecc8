package org.restorative.examples.archfixture;

import org.restorative.cli.RestorativeCommand;

/** A deliberately bad class: an example that runs the command-line tool. Test fixture only. */
public final class UsesTheTool {

  private UsesTheTool() {}

  /** Runs the tool's demonstration. */
  public static void demo() {
    RestorativeCommand.main(new String[] {"demo"});
  }
}
