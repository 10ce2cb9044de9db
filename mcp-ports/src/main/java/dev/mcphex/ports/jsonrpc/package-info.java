/**
 * The JSON-RPC 2.0 envelope that every MCP message travels in, its error codes, and its codec.
 *
 * @see <a href="https://www.jsonrpc.org/specification">JSON-RPC 2.0</a>
 */
package dev.mcphex.ports.jsonrpc;
