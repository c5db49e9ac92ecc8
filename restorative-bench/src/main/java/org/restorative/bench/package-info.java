/** JMH benchmarks of restorative: how the cost of checking a case grows with its size. */
@NullMarked
package org.restorative.bench;

import org.jspecify.annotations.NullMarked;
