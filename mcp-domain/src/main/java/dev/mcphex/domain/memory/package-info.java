/** In-memory implementations of the driven ports: the embedded defaults, and the reference for the others. */
package dev.mcphex.domain.memory;
