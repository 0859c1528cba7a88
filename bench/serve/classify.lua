-- wrk script for bench/serve/load.sh: every request POSTs one sentence (the one ClassifierLatencyBenchmark
-- times) to /v1/classify, and the run ends with one machine-readable RESULT line.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"texts": ["the story is thin and the jokes are stale , but the two leads are so likable '
    .. 'that it hardly matters ."]}'

function done(summary, latency, requests)
    local e = summary.errors
    io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d non2xx=%d "
        .. "connect=%d read=%d write=%d timeout=%d\n", summary.requests, summary.duration,
        latency:percentile(50), latency:percentile(99), e.status, e.connect, e.read, e.write, e.timeout))
end
