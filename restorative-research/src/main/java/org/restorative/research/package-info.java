/**
 * restorative-research: the research tables of case records, for R, pandas or a spreadsheet.
 *
 * <p>{@link org.restorative.research.ResearchTables} defines the five flat tables — cases, parties,
 * meetings, actions and evaluations — column by column, and their data dictionary. {@link
 * org.restorative.research.ResearchTableWriter} writes them as RFC 4180 CSV, a case at a time, so
 * memory stays flat however many cases there are. {@link org.restorative.research.ResearchCsv}
 * writes any other table (a funnel, a count by role) in the same CSV. The tables hold ids, codes,
 * dates, counts and flags only: never a name, a date of birth or free text.
 *
 * <p>The CSV is written by Apache Commons CSV. Nothing here needs the command-line tool: a
 * researcher puts restorative-core, this module and Commons CSV on JShell's class path and writes
 * the tables in a few lines.
 */
@NullMarked
package org.restorative.research;

import org.jspecify.annotations.NullMarked;
