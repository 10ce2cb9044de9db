/** Who may see and call what: required scopes, operators' tool configuration, rate limits and tool timeouts. */
package dev.mcphex.domain.access;
