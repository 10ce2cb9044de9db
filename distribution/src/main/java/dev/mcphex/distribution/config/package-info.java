/**
 * Configuration of the distribution: values read from the environment, validated once at start-up,
 * with errors that name the variable to fix.
 */
package dev.mcphex.distribution.config;
