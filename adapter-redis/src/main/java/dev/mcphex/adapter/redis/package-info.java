/** Redis implementations of the shared, expiring driven ports. */
package dev.mcphex.adapter.redis;
