-- Like filtered-page.lua, plus facets=organization,status,topic,year.
local dir = debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./"
local common = dofile(dir .. "common.lua")
local combos = dofile(dir .. "combos.lua")

local requests = {}

setup = common.setup

function init(args)
   common.seed()
   for i, c in ipairs(combos) do
      local q = common.query({ { "organization", c.organization }, { "status", c.status },
                               { "topic", c.topic }, { "size", "50" },
                               { "facets", "organization,status,topic,year" } })
      requests[i] = wrk.format("GET", "/api/v1/standards?" .. q, common.headers)
   end
end

request = common.rotation(requests, 7)

done = common.done("filtered-facets")
