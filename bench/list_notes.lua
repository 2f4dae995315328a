-- wrk script: an authenticated MCP tools/call of list_notes, as a client sends it.
-- The token comes from the environment (NOTES_MCP_TOKEN), minted by bench/run.
local token = os.getenv("NOTES_MCP_TOKEN")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json, text/event-stream"
wrk.headers["MCP-Protocol-Version"] = "2025-11-25"
wrk.headers["Authorization"] = "Bearer " .. token
wrk.body = '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"list_notes","arguments":{"limit":10}}}'

dofile("bench/status.lua")
