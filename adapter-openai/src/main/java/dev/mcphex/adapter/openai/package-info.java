/**
 * The {@link dev.mcphex.ports.model.LanguageModel} port over an OpenAI-compatible chat-completions API
 * ({@code POST {base}/chat/completions}), as served by OpenAI and by many local and hosted model servers.
 * Uses the JDK's {@link java.net.http.HttpClient}; the API key is never logged nor put in messages.
 */
package dev.mcphex.adapter.openai;
