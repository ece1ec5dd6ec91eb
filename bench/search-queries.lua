-- For wrk: each request is the next of the fixed search queries (bench/search-queries.txt) on the
-- results page, so the load is a mix; prints the same RESULT line as report.lua. With the argument
-- "pages" (wrk ... -- pages) each query asks for a page from 1 to 40 at random, so nearly every
-- request misses the page cache and is searched and rendered.
local threads = {}
local queries = {}
for line in io.lines("bench/search-queries.txt") do
    table.insert(queries, "/tim-kiem?" .. line)
end

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    non2xx = 0
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

function response(status, headers, body)
    if status < 200 or status > 299 then
        non2xx = non2xx + 1
    end
end

function done(summary, latency, requests)
    local bad = 0
    for _, thread in ipairs(threads) do
        bad = bad + thread:get("non2xx")
    end
    local e = summary.errors
    io.write(string.format("RESULT req/s=%.1f p50=%.2fms p99=%.2fms requests=%d non2xx=%d socket_errors=%d\n",
        summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(99) / 1000,
        summary.requests, bad, e.connect + e.read + e.write + e.timeout))
end
