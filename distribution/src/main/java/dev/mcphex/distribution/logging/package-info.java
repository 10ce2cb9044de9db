/** Logging set-up: everything goes to standard error, at the level {@code LOG_LEVEL} names. */
package dev.mcphex.distribution.logging;
