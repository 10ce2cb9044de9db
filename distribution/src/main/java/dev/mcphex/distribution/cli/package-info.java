/** The {@code mcphex} command line, one class per command. */
package dev.mcphex.distribution.cli;
