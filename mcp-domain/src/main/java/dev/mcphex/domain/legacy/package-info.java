/**
 * The legacy era (2024-11-05 to 2025-11-25): the initialize handshake, sessions, their standalone
 * streams, and notifications outside requests.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/lifecycle">Lifecycle</a>
 */
package dev.mcphex.domain.legacy;
