/** The handlers of the protocol's methods, shared by both eras wherever the method exists in both. */
package dev.mcphex.domain.methods;
