-- The 2026-07-28 wire: a stateless tools/call of echo with _meta in the body and the
-- MCP-Protocol-Version, Mcp-Method and Mcp-Name headers. Every response is validated.
package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
local common = require("common")

common.install('{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"echo",' ..
  '"arguments":{"text":"' .. common.payload .. '"},"_meta":{' ..
  '"io.modelcontextprotocol/protocolVersion":"2026-07-28",' ..
  '"io.modelcontextprotocol/clientInfo":{"name":"wrk","version":"1"},' ..
  '"io.modelcontextprotocol/clientCapabilities":{}}}}')

function init(args)
  common.headers({["MCP-Protocol-Version"] = "2026-07-28", ["Mcp-Method"] = "tools/call", ["Mcp-Name"] = "echo"})
end
