/** How protocol records look on the wire: encoders for what the server sends, decoders for client answers. */
package dev.mcphex.domain.wire;
