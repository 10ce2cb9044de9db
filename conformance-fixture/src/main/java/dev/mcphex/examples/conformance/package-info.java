/**
 * The fixture content the official MCP conformance suite expects of a server under test: the
 * {@code test_*} tools, the {@code test://} resources and template, and the test prompts, gathered by
 * {@link dev.mcphex.examples.conformance.ConformanceFixture}. Written against the SPI only, so it serves
 * the legacy and the modern wire alike.
 */
package dev.mcphex.examples.conformance;
