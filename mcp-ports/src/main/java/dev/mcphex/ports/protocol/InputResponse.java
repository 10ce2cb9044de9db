package dev.mcphex.ports.protocol;

/** A client's answer to an {@link InputRequest}. */
public sealed interface InputResponse permits ElicitationResult, SamplingResult, RootsResult {
}
