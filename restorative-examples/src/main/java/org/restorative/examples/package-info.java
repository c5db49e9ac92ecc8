/**
 * The {@code restorative} command-line tool and runnable examples of the library.
 *
 * <p>{@link org.restorative.examples.RestorativeCommand} is the tool's entry point, with the
 * subcommands {@code demo}, {@code validate}, {@code stats}, {@code export}, {@code pseudonymise}
 * and {@code synth}. Unlike the core library, the tool reads files, standard input and the clock: it
 * is the application around the library, not part of it.
 */
@NullMarked
package org.restorative.examples;

import org.jspecify.annotations.NullMarked;
