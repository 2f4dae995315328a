// One official TypeScript MCP client against the running server: list the six tools and call each,
// checking every answer and every HTTP request the client sent. Fails (exit 1) on the first mismatch.
//   node clients.mjs v2-legacy | v2-auto | v2-pinned | v1
// Environment: MCP_URL, TOKEN (notes:read notes:write), READ_TOKEN (notes:read only).
import assert from 'node:assert/strict';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { Client as V1Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as V1Transport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const MODERN = '2026-07-28';
const TOOLS = ['create_note', 'list_notes', 'get_note', 'update_note', 'delete_note', 'search_notes'];
const mode = process.argv[2];
const url = new URL(process.env.MCP_URL);

/** Every POST the client sends: its headers and JSON-RPC method, to check the wire and not only the API. */
const sent = [];
const recording = async (input, init = {}) => {
  if ((init.method ?? 'GET') === 'POST') {
    const body = JSON.parse(init.body);
    sent.push({ method: body.method, headers: new Headers(init.headers), body });
  }
  return fetch(input, init);
};

function v2(token, versionNegotiation) {
  const client = new Client({ name: `notes-mcp-interop-${mode}`, version: '1.0.0' },
    versionNegotiation === undefined ? {} : { versionNegotiation });
  const transport = new StreamableHTTPClientTransport(url, { authProvider: { token: async () => token }, fetch: recording });
  return { client, transport };
}

async function connect() {
  switch (mode) {
    case 'v2-legacy': return v2(process.env.TOKEN, { mode: 'legacy' });
    case 'v2-auto': return v2(process.env.TOKEN, { mode: 'auto' });
    case 'v2-pinned': return v2(process.env.TOKEN, { mode: { pin: MODERN } });
    case 'v1': return {
      client: new V1Client({ name: 'notes-mcp-interop-v1', version: '1.0.0' }),
      transport: new V1Transport(url, { requestInit: { headers: { Authorization: `Bearer ${process.env.TOKEN}` } }, fetch: recording }),
    };
    default: throw new Error(`unknown mode ${mode}`);
  }
}

function checkWire(modern) {
  const methods = sent.map((m) => m.method);
  if (modern) {
    assert.equal(methods[0], 'server/discover', 'a 2026-07-28 client probes with server/discover first');
    assert.ok(!methods.includes('initialize'), `no initialize in 2026-07-28, sent: ${methods}`);
    for (const { method, headers, body } of sent.filter((m) => m.body.id !== undefined)) {
      assert.equal(headers.get('mcp-protocol-version'), MODERN, `${method}: MCP-Protocol-Version`);
      assert.equal(body.params?._meta?.['io.modelcontextprotocol/protocolVersion'], MODERN, `${method}: _meta version`);
      assert.equal(headers.get('mcp-method'), method, `${method}: Mcp-Method`);
      if (method === 'tools/call') assert.equal(headers.get('mcp-name'), body.params.name, 'tools/call: Mcp-Name');
    }
  } else {
    assert.equal(methods[0], 'initialize', 'a 2025-era client starts with initialize');
    assert.ok(sent.every((m) => !m.headers.has('mcp-method')), 'no Mcp-Method header before 2026-07-28');
  }
}

async function callTool(client, name, args) {
  const result = await client.callTool({ name, arguments: args });
  assert.notEqual(result.isError, true, `${name} failed: ${JSON.stringify(result.content)}`);
  assert.equal(result.content[0].type, 'text', `${name}: a text block`);
  assert.deepEqual(JSON.parse(result.content[0].text), result.structuredContent, `${name}: text = structuredContent`);
  return result.structuredContent;
}

async function exerciseTools(client) {
  const { tools } = await client.listTools();
  assert.deepEqual(tools.map((t) => t.name), TOOLS, 'the six tools, in order');
  for (const tool of tools) assert.equal(tool.inputSchema.type, 'object', `${tool.name}: an object schema`);

  const word = `interop${mode.replace(/[^a-z0-9]/g, '')}${Date.now()}`;
  const created = await callTool(client, 'create_note', { title: `From ${mode}`, content: `found by ${word}`, tags: ['interop'] });
  assert.ok(created.id, 'create_note returns an id');
  assert.equal((await callTool(client, 'get_note', { id: created.id })).content, `found by ${word}`);
  assert.equal((await callTool(client, 'update_note', { id: created.id, title: `From ${mode}, updated` })).title, `From ${mode}, updated`);
  assert.ok((await callTool(client, 'list_notes', { tag: 'interop' })).notes.some((n) => n.id === created.id), 'list_notes lists it');
  assert.deepEqual((await callTool(client, 'search_notes', { query: word })).results.map((r) => r.id), [created.id]);
  assert.equal((await callTool(client, 'delete_note', { id: created.id })).deleted, true);
  const gone = await client.callTool({ name: 'get_note', arguments: { id: created.id } });
  assert.equal(gone.isError, true, 'a deleted note is gone');
  assert.equal(gone.content[0].text, `No note with id ${created.id}.`);
}

async function readOnlyTokenIsRefusedWriting() {
  sent.length = 0;
  const { client, transport } = v2(process.env.READ_TOKEN, { mode: { pin: MODERN } });
  await client.connect(transport);
  await callTool(client, 'list_notes', {});
  await assert.rejects(client.callTool({ name: 'create_note', arguments: { title: 'not allowed' } }),
    (error) => /insufficient|scope|403/i.test(`${error.name} ${error.message}`),
    'create_note with a notes:read token is a 403 insufficient_scope');
  await client.close();
}

const { client, transport } = await connect();
await client.connect(transport);
const modern = mode === 'v2-auto' || mode === 'v2-pinned';
if (mode.startsWith('v2')) {
  assert.equal(client.getProtocolEra(), modern ? 'modern' : 'legacy', 'era');
  assert.equal(client.getNegotiatedProtocolVersion(), modern ? MODERN : '2025-11-25', 'negotiated version');
  if (modern) {
    const discover = client.getDiscoverResult();
    assert.ok(discover.supportedVersions.includes(MODERN), 'discover offers 2026-07-28');
    assert.ok(discover.capabilities.tools, 'discover names the tools capability');
  }
} else {
  assert.equal(transport.protocolVersion, '2025-11-25', 'v1 negotiates 2025-11-25');
}
assert.equal(client.getServerVersion().name, 'notes-mcp', 'server name');
await exerciseTools(client);
checkWire(modern);
await client.close();
const checked = sent.length;
if (mode === 'v2-pinned') await readOnlyTokenIsRefusedWriting();
console.log(`${mode}: ${modern ? MODERN : '2025-11-25'}, six tools listed and called, ${checked} POSTs checked`
  + (mode === 'v2-pinned' ? '; a notes:read token refused create_note (403 insufficient_scope)' : ''));
