/** The chat-completions wire format and the retry rules, behind {@link dev.mcphex.adapter.openai.OpenAiLanguageModel}. */
package dev.mcphex.adapter.openai.internal;
