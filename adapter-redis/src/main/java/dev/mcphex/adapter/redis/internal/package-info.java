/** How the Redis adapter lays values out as JSON; not API. */
package dev.mcphex.adapter.redis.internal;
