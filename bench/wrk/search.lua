-- GET /api/v1/standards?q=..., q rotating through identifier-like and word queries (search-common.lua).
local dir = debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./"
dofile(dir .. "search-common.lua").install("search")
