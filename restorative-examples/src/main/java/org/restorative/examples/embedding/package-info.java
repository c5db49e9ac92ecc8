/**
 * Example: embedding restorative in a clinical system. An incident from a ward's incident system
 * becomes a case; the gates decide what the screen offers next; the trust's policy adds a rule.
 */
@NullMarked
package org.restorative.examples.embedding;

import org.jspecify.annotations.NullMarked;
