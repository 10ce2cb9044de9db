-- The 2026-07-28 wire: a stateless tools/call of echo with _meta in the body and the
-- MCP-Protocol-Version, Mcp-Method and Mcp-Name headers. Every response is validated.
package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
local common = require("common")

mismatches = 0
local id = 0
local template = '{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"echo",' ..
  '"arguments":{"text":"' .. common.payload .. '"},"_meta":{' ..
  '"io.modelcontextprotocol/protocolVersion":"2026-07-28",' ..
  '"io.modelcontextprotocol/clientInfo":{"name":"wrk","version":"1"},' ..
  '"io.modelcontextprotocol/clientCapabilities":{}}}}'

setup = common.setup
done = common.done

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/json, text/event-stream"
  wrk.headers["MCP-Protocol-Version"] = "2026-07-28"
  wrk.headers["Mcp-Method"] = "tools/call"
  wrk.headers["Mcp-Name"] = "echo"
end

function request()
  id = id + 1
  return wrk.format(nil, nil, nil, string.format(template, id))
end

function response(status, headers, body)
  common.check(status, body)
end
