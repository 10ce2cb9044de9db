/**
 * Implementations of the {@link dev.mcphex.ports.model.LanguageModel} port that need nothing but the
 * protocol: {@link dev.mcphex.domain.models.SamplingLanguageModel} asks the client's own model through
 * MCP sampling.
 */
package dev.mcphex.domain.models;
