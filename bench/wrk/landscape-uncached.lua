-- (no "urls:" line: it must not be primed, every request is meant to miss the cache)
-- GET /api/v1/landscape like landscape.lua, but every request misses the service's cache (64 answers), so each
-- one measures computing an analysis. The k-th request (k = 0 … 359, then again) takes the next line of
-- landscape.urls and adds a publication bound moved by k days, on a side where it changes (almost) nothing:
--   no publishedFrom: publishedFrom = 1990-01-01 + k days (before any publication in the generated data;
--                     entries without a publication date drop out, about 17% of the generated ones);
--   publishedFrom only: publishedTo = 2090-01-01 + k days;
--   both: publishedTo moves later by k days (the window widens by up to a year).
-- 360 distinct requests in a cycle (34 lines, 360 days): none recurs before 359 others, far more than the cache
-- holds; the wrk threads start a quarter of the cycle apart.
local dir = debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./"
local common = dofile(dir .. "common.lua")

local CYCLE = 360
local shapes = {}
local n = 0

setup = common.setup

-- "/api/v1/landscape?a=1&b=2" → path, { {"a", "1"}, {"b", "2"} } (values stay URL-encoded)
local function split(url)
   local path, query = url:match("^([^?]*)%??(.*)$")
   local params = {}
   for pair in query:gmatch("[^&]+") do
      local name, value = pair:match("^([^=]*)=?(.*)$")
      params[#params + 1] = { name, value }
   end
   return path, params
end

function init(args)
   common.seed()
   for i, url in ipairs(common.lines(dir .. "landscape.urls")) do
      local path, params = split(url)
      shapes[i] = { path = path, params = params }
   end
   n = (thread_index or 0) * math.floor(CYCLE / 4)
end

local function day(y, m, d, k)
   return os.date("!%Y-%m-%d", os.time({ year = y, month = m, day = d, hour = 12 }) + k * 86400)
end

-- the last day of a bound given as YYYY, YYYY-MM or YYYY-MM-DD
local function last_day(v)
   local y, m, d = v:match("^(%d+)-?(%d*)-?(%d*)$")
   y = tonumber(y)
   if d ~= "" then return y, tonumber(m), tonumber(d) end
   if m ~= "" then
      local t = os.date("!*t", os.time({ year = y, month = tonumber(m) + 1, day = 1, hour = 12 }) - 86400)
      return t.year, t.month, t.day
   end
   return y, 12, 31
end

function request()
   n = n + 1
   local shape = shapes[(n % #shapes) + 1]
   local k = n % CYCLE
   local from, to
   local parts = {}
   for _, kv in ipairs(shape.params) do
      if kv[1] == "publishedFrom" then from = kv[2]
      elseif kv[1] == "publishedTo" then to = kv[2]
      else parts[#parts + 1] = kv[1] .. "=" .. kv[2] end
   end
   if not from then
      from = day(1990, 1, 1, k)
   elseif not to then
      to = day(2090, 1, 1, k)
   else
      local y, m, d = last_day(to)
      to = day(y, m, d, k)
   end
   parts[#parts + 1] = "publishedFrom=" .. from
   if to then parts[#parts + 1] = "publishedTo=" .. to end
   return wrk.format("GET", shape.path .. "?" .. table.concat(parts, "&"), common.headers)
end

done = common.done("landscape-uncached")
