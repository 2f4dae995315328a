-- Shared by the wrk scripts: counts answers that are not 200 (or carry "isError":true) instead of
-- printing one line each, and reports them once at the end, so a broken run cannot pass as fast.
local threads = {}
function setup(thread)
  table.insert(threads, thread)
end
function init(args)
  failed = 0
end
function response(status, headers, body)
  if status ~= 200 or string.find(body, '"isError":true', 1, true) then
    failed = failed + 1
  end
end
function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("failed")
  end
  io.write("failed answers: " .. total .. "\n")
end
