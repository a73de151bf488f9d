-- Shared helpers for the qitdb wrk scenarios (loaded by each scenario with dofile).
local M = {}

local thread_counter = 0

-- setup(thread) runs once per wrk thread in the main Lua state: give every thread an index,
-- so threads start at different points of the rotation and seed their random generators differently.
function M.setup(thread)
   thread:set("thread_index", thread_counter)
   thread_counter = thread_counter + 1
end

function M.seed()
   math.randomseed(os.time() * 1000 + (thread_index or 0) * 7919)
   for _ = 1, 10 do math.random() end
end

function M.urlencode(s)
   return (tostring(s):gsub("[^%w%-%._~]", function(c)
      return string.format("%%%02X", string.byte(c))
   end))
end

-- Builds a query string from a list of {name, value} pairs.
function M.query(pairs_list)
   local parts = {}
   for _, kv in ipairs(pairs_list) do
      parts[#parts + 1] = M.urlencode(kv[1]) .. "=" .. M.urlencode(kv[2])
   end
   return table.concat(parts, "&")
end

-- The lines of a file, without blank lines and #-comments.
function M.lines(path)
   local f = io.open(path, "r")
   if not f then
      error("cannot open " .. path)
   end
   local lines = {}
   for line in f:lines() do
      line = line:gsub("%s+$", "")
      if #line > 0 and line:sub(1, 1) ~= "#" then lines[#lines + 1] = line end
   end
   f:close()
   return lines
end

M.headers = { ["Accept"] = "application/json" }

-- rotation(requests, stride): a request() function cycling through the list (filled later, in init), each thread
-- starting stride requests further on, so that threads do not ask the same thing at the same time.
function M.rotation(requests, stride)
   local n
   return function()
      n = (n or (thread_index or 0) * stride) + 1
      return requests[(n % #requests) + 1]
   end
end

-- done(): one machine-readable line, e.g.
-- RESULT scenario=get-by-id requests=123 duration_s=15.00 rps=8.2 p50_ms=1.20 p90_ms=2.00 p99_ms=3.40 ...
function M.done(name)
   return function(summary, latency, requests)
      local seconds = summary.duration / 1e6
      local e = summary.errors
      io.write(string.format(
         "RESULT scenario=%s requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f mean_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
         name, summary.requests, seconds, summary.requests / seconds,
         latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
         latency.mean / 1000, latency.max / 1000,
         e.status, e.connect + e.read + e.write + e.timeout))
   end
end

return M
