/**
 * The distribution: the one composition root of mcphex. It wires the engine, the adapters and the tool
 * packs with Guice, reads configuration, and offers the command line.
 */
package dev.mcphex.distribution;
