-- GET /api/v1/participation: every organization's participation, computed from the whole coordination register,
-- the representatives directory and the entries per organization, rotating through the secretariat's filters.
local dir = debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./"
local common = dofile(dir .. "common.lua")

local FILTERS = {
   {},
   { { "inclusion", "none" } },
   { { "unanswered", "JCA-QKDN-LS1" } },
   { { "representative", "false" } },
   { { "overdue", "true" } },
   { { "organization", "ETSI" } },
   { { "group", "ISG QKD" } },
}

local requests = {}

setup = common.setup

function init(args)
   common.seed()
   for i, f in ipairs(FILTERS) do
      local query = common.query(f)
      requests[i] = wrk.format("GET", "/api/v1/participation?size=100" .. (query ~= "" and ("&" .. query) or ""), common.headers)
   end
end

request = common.rotation(requests, 3)

done = common.done("participation")
