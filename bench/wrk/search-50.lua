-- GET /api/v1/standards?q=...&size=50: the search queries on 50-item pages, without snippets (the baseline of search-snippets.lua).
local dir = debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./"
dofile(dir .. "search-common.lua").install("search-50", { { "size", "50" } })
