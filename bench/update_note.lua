-- wrk script: an authenticated tools/call of update_note (read-modify-write: SELECT ... FOR UPDATE
-- and UPDATE in one transaction with STORE=postgres). Each request updates the next of the notes
-- in NOTES_MCP_NOTE_IDS (comma-separated, the write user's), so connections rarely wait on one row.
local token = os.getenv("NOTES_MCP_WRITE_TOKEN")
local ids = {}
for id in string.gmatch(os.getenv("NOTES_MCP_NOTE_IDS"), "[^,]+") do
  table.insert(ids, id)
end
local headers = {
  ["Content-Type"] = "application/json",
  ["Accept"] = "application/json, text/event-stream",
  ["MCP-Protocol-Version"] = "2025-11-25",
  ["Authorization"] = "Bearer " .. token,
}
local counter = 0

dofile("bench/status.lua")
local count_init = init
function init(args)
  count_init(args)
  counter = math.random(#ids)
end
function request()
  counter = counter % #ids + 1
  local body = '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"update_note","arguments":'
    .. '{"id":"' .. ids[counter] .. '","content":"updated by the benchmark ' .. counter .. '"}}}'
  return wrk.format("POST", nil, headers, body)
end
