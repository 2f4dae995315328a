-- wrk script: an authenticated tools/call of create_note (a write: one INSERT with STORE=postgres).
-- Uses its own user (NOTES_MCP_WRITE_TOKEN), so list_notes keeps reading the same 30 notes.
local token = os.getenv("NOTES_MCP_WRITE_TOKEN")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json, text/event-stream"
wrk.headers["MCP-Protocol-Version"] = "2025-11-25"
wrk.headers["Authorization"] = "Bearer " .. token
wrk.body = '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"create_note","arguments":'
  .. '{"title":"bench write","content":"a note written by the benchmark","tags":["bench","write"]}}}'

dofile("bench/status.lua")
