-- Shared by the request scripts: validation of every response and the summary line.
-- A response counts as an error unless its status is 200 and its body holds the echoed payload.
local M = {}

M.payload = "bench-echo-0123456789"
M.expected = '"text":"' .. M.payload .. '"'
M.threads = {}

function M.setup(thread)
  table.insert(M.threads, thread)
end

function M.check(status, body)
  if status ~= 200 or body == nil or not string.find(body, M.expected, 1, true) then
    mismatches = mismatches + 1
    if mismatches <= 3 then
      io.stderr:write(string.format("wrk: bad response %d: %s\n", status, string.sub(body or "", 1, 300)))
    end
  end
end

-- One JSON line on standard output, read by bench/run.
function M.done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(M.threads) do
    bad = bad + (thread:get("mismatches") or 0)
  end
  local e = summary.errors
  local socket_errors = e.connect + e.read + e.write + e.timeout
  io.write(string.format(
    '{"requests":%d,"duration_us":%d,"rps":%.1f,"p50_us":%d,"p99_us":%d,"max_us":%d,' ..
    '"mismatches":%d,"non2xx":%d,"socket_errors":%d,"errors":%d}\n',
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(99), latency.max,
    bad, e.status, socket_errors, bad + socket_errors))
end

-- Sets wrk's request headers for a JSON-RPC POST, plus the given ones.
function M.headers(extra)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/json, text/event-stream"
  for name, value in pairs(extra) do
    wrk.headers[name] = value
  end
end

-- Installs wrk's callbacks: requests from the template (one %d for a fresh id), every response checked.
function M.install(template)
  mismatches = 0
  local id = 0
  setup = M.setup
  done = M.done
  request = function()
    id = id + 1
    return wrk.format(nil, nil, nil, string.format(template, id))
  end
  response = function(status, headers, body)
    M.check(status, body)
  end
end

return M
