/** {@code mcphex proxy}: a stdio server that forwards every message to a remote Streamable HTTP endpoint. */
package dev.mcphex.distribution.proxy;
