/**
 * The ports the engine needs from the outside world. Each has an in-memory implementation in
 * mcp-domain and is checked by one abstract contract test that every implementation passes.
 */
package dev.mcphex.ports.driven;
