-- The search scenarios' shared part: the rotating queries (identifier-like and words) and the wrk hooks that send
-- them. A scenario calls install(name, extra) with the parameters it adds to each q (a page size, snippets).
local dir = debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./"
local common = dofile(dir .. "common.lua")

local M = {}

M.QUERIES = {
   -- identifier-like
   "y3800", "Y.3802", "gs qkd 14", "gs qkd 1012", "x1710", "q4160", "rfc 9340", "23837-1", "FIPS 203",
   -- words
   "key relay", "trusted node", "post quantum migration", "entanglement", "quantum key distribution",
   "key management", "QKDN", "hybrid key exchange", "quantum random number", "side-channel attacks",
}

function M.install(name, extra)
   local requests = {}
   setup = common.setup
   init = function(args)
      common.seed()
      for i, q in ipairs(M.QUERIES) do
         local params = { { "q", q } }
         for _, p in ipairs(extra or {}) do
            params[#params + 1] = p
         end
         requests[i] = wrk.format("GET", "/api/v1/standards?" .. common.query(params), common.headers)
      end
   end
   request = common.rotation(requests, 5)
   done = common.done(name)
end

return M
