-- urls: landscape.urls
-- GET /api/v1/landscape, rotating through the realistic requests of landscape.urls. They are fewer than the
-- answers the service caches, and run.sh requests each once before the warm-up (the "urls:" line above), so this
-- measures serving cached analyses (the change counter check, the tag, writing the body). Like the other scenarios
-- it sends no Accept-Encoding, so the service inflates the gzip-compressed answer it keeps while writing it;
-- landscape-gzip.lua asks for gzip as browsers do; landscape-uncached.lua measures computing the analyses.
local dir = debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./"
local common = dofile(dir .. "common.lua")

local requests = {}

setup = common.setup

function init(args)
   common.seed()
   local headers = { ["Accept"] = common.headers["Accept"], ["Accept-Encoding"] = landscape_accept_encoding }
   for i, path in ipairs(common.lines(dir .. "landscape.urls")) do
      requests[i] = wrk.format("GET", path, headers)
   end
end

request = common.rotation(requests, 5)

done = common.done(landscape_scenario or "landscape")
