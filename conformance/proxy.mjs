// Forwards every request to TARGET (http://127.0.0.1:PORT) adding "Authorization: Bearer $TOKEN":
// the conformance suite's server mode cannot send a bearer token itself.
import http from 'node:http';
const target = new URL(process.env.TARGET);
const token = process.env.TOKEN;
const port = Number(process.env.PROXY_PORT);
http.createServer((req, res) => {
  const headers = { ...req.headers, authorization: `Bearer ${token}` };
  const upstream = http.request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers }, (up) => {
    res.writeHead(up.statusCode, up.headers);
    up.pipe(res);
  });
  upstream.on('error', (e) => { res.writeHead(502); res.end(`proxy: ${e.message}`); });
  req.pipe(upstream);
}).listen(port, '127.0.0.1');
