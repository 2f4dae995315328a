-- wrk script: the same authenticated tools/call of list_notes as list_notes.lua, as an MCP 2026-07-28
-- client sends it (per-request _meta, Mcp-Method and Mcp-Name headers; no initialize, no session).
-- The token comes from the environment (NOTES_MCP_TOKEN), minted by bench/run.
local token = os.getenv("NOTES_MCP_TOKEN")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json, text/event-stream"
wrk.headers["MCP-Protocol-Version"] = "2026-07-28"
wrk.headers["Mcp-Method"] = "tools/call"
wrk.headers["Mcp-Name"] = "list_notes"
wrk.headers["Authorization"] = "Bearer " .. token
wrk.body = '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"list_notes","arguments":{"limit":10},'
  .. '"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28",'
  .. '"io.modelcontextprotocol/clientInfo":{"name":"wrk","version":"1.0.0"},'
  .. '"io.modelcontextprotocol/clientCapabilities":{}}}}'

function response(status, headers, body)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. "\n")
  end
end
