/**
 * The 2026-07-28 era: the per-request {@code _meta} envelope, sealed multi round-trip request state,
 * {@code server/discover} and {@code subscriptions/listen}.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2026-07-28/basic/patterns/mrtr">Multi round-trip requests</a>
 */
package dev.mcphex.domain.modern;
