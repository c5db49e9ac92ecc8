/**
 * Core's own helpers, not API: the structural checks every concept package's values run when they
 * are built, and the calendar arithmetic of the rules, metrics and privacy views, which stops at
 * the ends of {@code java.time}'s range instead of throwing. The package is not exported by the
 * {@code org.restorative.core} module, and no class outside restorative-core may use it (an
 * architecture test says so), so it can change in any release without notice. Nothing here appears
 * in a public signature.
 */
@NullMarked
package org.restorative.core.internal;

import org.jspecify.annotations.NullMarked;
