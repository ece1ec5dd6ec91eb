-- Prints one line per run: requests/s, median and 99th percentile latency, the count of
-- responses whose status is not 2xx, and socket errors (connect, read, write, timeout).
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    non2xx = 0
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
