/** Conversation history: recording every request off the request path, buffered in front of a durable log. */
package dev.mcphex.domain.history;
