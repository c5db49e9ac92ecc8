/** JMH benchmarks of restorative: how the cost of checking a case grows with its size. */
package org.restorative.bench;
