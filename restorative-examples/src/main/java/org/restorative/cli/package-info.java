/**
 * The {@code restorative} command-line tool: thin wiring of the library's capabilities to files,
 * standard input and output, and exit codes.
 *
 * <p>{@link org.restorative.cli.RestorativeCommand} is the tool's entry point, with the subcommands
 * {@code demo}, {@code validate}, {@code stats}, {@code export}, {@code pseudonymise} and {@code
 * synth}. Unlike the library, the tool reads files, standard input and the clock: it is the
 * application around the library, not part of it. It uses the library's public API only, and the
 * examples ({@code org.restorative.examples.*}) do not use it.
 */
@NullMarked
package org.restorative.cli;

import org.jspecify.annotations.NullMarked;
