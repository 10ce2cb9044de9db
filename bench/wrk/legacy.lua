-- The 2025-11-25 wire: tools/call of echo on an initialized session. init() performs the
-- initialize + notifications/initialized handshake (with curl) and keeps the Mcp-Session-Id;
-- every request then carries it. Every response is validated.
-- Argument (after --): the endpoint URL.
package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
local common = require("common")

local version = "2025-11-25"
common.install('{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"echo",' ..
  '"arguments":{"text":"' .. common.payload .. '"}}}')

local function post(url, headers, body)
  local command = "curl -s -m 10 -D - -o /dev/null -X POST -H 'Content-Type: application/json'" ..
    " -H 'Accept: application/json, text/event-stream'"
  for _, header in ipairs(headers) do
    command = command .. " -H '" .. header .. "'"
  end
  local pipe = assert(io.popen(command .. " --data '" .. body .. "' '" .. url .. "'"))
  local head = pipe:read("*a")
  pipe:close()
  return head
end

function init(args)
  local url = assert(args[1], "legacy.lua needs the endpoint URL after --")
  local head = post(url, {}, '{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"' ..
    version .. '","capabilities":{},"clientInfo":{"name":"wrk","version":"1"}}}')
  local session = head:match("[Mm][Cc][Pp]%-[Ss][Ee][Ss][Ss][Ii][Oo][Nn]%-[Ii][Dd]:%s*([^\r\n]+)")
  if not session then
    io.stderr:write("wrk: initialize returned no Mcp-Session-Id:\n" .. head .. "\n")
    os.exit(1)
  end
  post(url, {"Mcp-Session-Id: " .. session, "MCP-Protocol-Version: " .. version},
    '{"jsonrpc":"2.0","method":"notifications/initialized"}')
  common.headers({["MCP-Protocol-Version"] = version, ["Mcp-Session-Id"] = session})
end
