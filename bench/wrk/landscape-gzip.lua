-- urls: landscape.urls
-- landscape.lua with Accept-Encoding: gzip, as browsers (the roadmap page) and most HTTP libraries send it: the
-- service answers with the compressed JSON it keeps, about a sixth of the size (wrk counts the compressed bytes).
landscape_accept_encoding = "gzip"
landscape_scenario = "landscape-gzip"
local dir = debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./"
dofile(dir .. "landscape.lua")
