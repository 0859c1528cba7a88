-- wrk script for bench/serve/hostile.sh soak mode: a mix of valid classification requests (3 in 4)
-- and invalid ones (bad JSON, empty texts, a bad top_k, invalid UTF-8), each connection paced by
-- DELAY_MS (wrk's delay()) to hold a target rate. Valid requests must get 200 and invalid ones 400;
-- the RESULT line counts what was sent and what came back.
local valid = '{"texts": ["the story is thin and the jokes are stale , but the two leads are so likable '
    .. 'that it hardly matters ."]}'
local invalid = {
    '{"texts": ["unterminated',
    '{"texts": []}',
    '{"texts": ["good"], "top_k": 0}',
    '{"texts": ["caf\195\040"]}',
}
local threads = {}
local delay_ms = tonumber(os.getenv("DELAY_MS") or "0")

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    sent_valid, sent_invalid, got200, got400, other = 0, 0, 0, 0, 0
    n = 0
end

function request()
    n = n + 1
    local body
    if n % 4 == 0 then
        sent_invalid = sent_invalid + 1
        body = invalid[(n / 4) % #invalid + 1]
    else
        sent_valid = sent_valid + 1
        body = valid
    end
    return wrk.format("POST", "/v1/classify", {["Content-Type"] = "application/json"}, body)
end

function delay()
    return delay_ms
end

function response(status, headers, body)
    if status == 200 then
        got200 = got200 + 1
    elseif status == 400 then
        got400 = got400 + 1
    else
        other = other + 1
    end
end

function done(summary, latency, requests)
    local sv, si, g2, g4, o = 0, 0, 0, 0, 0
    for _, t in ipairs(threads) do
        sv = sv + t:get("sent_valid")
        si = si + t:get("sent_invalid")
        g2 = g2 + t:get("got200")
        g4 = g4 + t:get("got400")
        o = o + t:get("other")
    end
    local e = summary.errors
    io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d sent_valid=%d sent_invalid=%d "
        .. "got200=%d got400=%d other=%d connect=%d read=%d write=%d timeout=%d\n", summary.requests,
        summary.duration, latency:percentile(50), latency:percentile(99), sv, si, g2, g4, o,
        e.connect, e.read, e.write, e.timeout))
end
