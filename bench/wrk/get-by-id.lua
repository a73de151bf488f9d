-- GET /api/v1/standards/{id} with an id chosen at random for every request.
-- The ids come from a file, one per line (written by `load.py ids`):
--   wrk ... -s get-by-id.lua http://127.0.0.1:PORT -- ids.txt
-- (or IDS_FILE=ids.txt in the environment).
local dir = debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./"
local common = dofile(dir .. "common.lua")

local ids = {}

setup = common.setup

function init(args)
   common.seed()
   local path = (args and args[1]) or os.getenv("IDS_FILE") or "ids.txt"
   local f = io.open(path, "r")
   if not f then
      error("get-by-id.lua: cannot open ids file " .. path)
   end
   for line in f:lines() do
      if #line > 0 then ids[#ids + 1] = line end
   end
   f:close()
   if #ids == 0 then
      error("get-by-id.lua: no ids in " .. path)
   end
end

function request()
   return wrk.format("GET", "/api/v1/standards/" .. ids[math.random(#ids)], common.headers)
end

done = common.done("get-by-id")
