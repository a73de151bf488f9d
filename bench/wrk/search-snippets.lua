-- GET /api/v1/standards?q=...&snippets=true&size=50: search.lua's rotating queries, each hit with its snippet (50-item pages).
local dir = debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./"
local common = dofile(dir .. "common.lua")

local QUERIES = {
   -- identifier-like
   "y3800", "Y.3802", "gs qkd 14", "gs qkd 1012", "x1710", "q4160", "rfc 9340", "23837-1", "FIPS 203",
   -- words
   "key relay", "trusted node", "post quantum migration", "entanglement", "quantum key distribution",
   "key management", "QKDN", "hybrid key exchange", "quantum random number", "side-channel attacks",
}

local requests = {}

setup = common.setup

function init(args)
   common.seed()
   for i, q in ipairs(QUERIES) do
      requests[i] = wrk.format("GET", "/api/v1/standards?" .. common.query({ { "q", q }, { "snippets", "true" }, { "size", "50" } }), common.headers)
   end
end

request = common.rotation(requests, 5)

done = common.done("search-snippets")
