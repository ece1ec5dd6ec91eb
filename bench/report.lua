-- Prints one line per run: requests/s, median and 99th percentile latency, and the count of
-- error responses (status 400 and up) and socket errors, as wrk's summary has them.
function done(summary, latency, requests)
    local e = summary.errors
    io.write(string.format("RESULT req/s=%.1f p50=%.2fms p99=%.2fms requests=%d non2xx=%d socket_errors=%d\n",
        summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(99) / 1000,
        summary.requests, e.status, e.connect + e.read + e.write + e.timeout))
end
