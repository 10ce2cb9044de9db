/**
 * Agents: their definitions, and the record of their runs and steps. The coordinator that runs them lives
 * in the engine; these are the values and the driven ports it stores them through.
 */
package dev.mcphex.ports.agents;
