/**
 * Value records of the Model Context Protocol: versions, capabilities, tools, resources, prompts,
 * content blocks, and the requests a server may put to the client (elicitation, sampling, roots).
 *
 * @see <a href="https://modelcontextprotocol.io/specification">MCP specification</a>
 */
package dev.mcphex.ports.protocol;
