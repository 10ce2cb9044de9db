/** Streamable HTTP transport and the operations endpoints, on Javalin. */
package dev.mcphex.adapter.javalin;
