/** The parts of the HTTP transport that are not API: guards, header checks, SSE writing, stream bookkeeping. */
package dev.mcphex.adapter.javalin.internal;
