/**
 * The language-model port: what agents need from a model, whichever model answers (the client's own
 * model through MCP sampling, a chat-completions HTTP API, or a scripted model in tests).
 */
package dev.mcphex.ports.model;
