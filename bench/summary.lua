-- Like report.lua, without looking at each response (which costs wrk a call into Lua per
-- response and would cap what it can measure of a fast server): non-2xx counts come from wrk's
-- own summary instead.
function done(summary, latency, requests)
    local e = summary.errors
    io.write(string.format("RESULT req/s=%.1f p50=%.2fms p99=%.2fms requests=%d socket_errors=%d\n",
        summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(99) / 1000,
        summary.requests, e.connect + e.read + e.write + e.timeout))
end
