/**
 * The OAuth 2.1 resource-server role: bearer-token verification (HS256 with a shared secret, RS256 and
 * ES256 with keys from a JWKS URL or a PEM file), the protected resource metadata of RFC 9728, and the
 * challenges of RFC 6750.
 */
package dev.mcphex.adapter.javalin.auth;
