-- For wrk: each request is the next of the fixed search queries (bench/search-queries.txt) on the
-- results page, so the load is a mix; counts and prints as report.lua does. With the argument
-- "pages" (wrk ... -- pages) each query asks for a page from 1 to 40 at random, so nearly every
-- request misses the page cache and is searched and rendered.
dofile("bench/report.lua")

local queries = {}
for line in io.lines("bench/search-queries.txt") do
    table.insert(queries, "/tim-kiem?" .. line)
end

local count_init = init
function init(args)
    count_init(args)
    next_query = 1
    spread = args[1] == "pages"
end

function request()
    local path = queries[next_query]
    next_query = next_query % #queries + 1
    if spread then
        path = path .. "&trang=" .. math.random(1, 40)
    end
    return wrk.format("GET", path)
end
