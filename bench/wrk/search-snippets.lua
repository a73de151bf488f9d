-- GET /api/v1/standards?q=...&snippets=true&size=50: the search queries, each hit with its snippet (50-item pages).
local dir = debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./"
dofile(dir .. "search-common.lua").install("search-snippets", { { "snippets", "true" }, { "size", "50" } })
