/** PostgreSQL implementations of the durable driven ports. */
package dev.mcphex.adapter.postgres;
