/**
 * The Guice composition root: one module per concern, {@code @Provides} methods only, nothing done
 * until something is asked for.
 */
package dev.mcphex.distribution.wiring;
