// An HTTP/2-only TLS server for the client's multiplexing test: answers each
// stream after `delay` ms with the number of the TLS session (connection) it
// came on; GET /sessions returns how many sessions were opened.
//   node h2_server.mjs <key.pem> <cert.pem> <delay ms>     prints "port N"
import http2 from 'node:http2';
import fs from 'node:fs';

const [key, cert, delay] = process.argv.slice(2);
let sessions = 0;
const server = http2.createSecureServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert), allowHTTP1: false });
server.on('session', (session) => { session.aepId = ++sessions; });
server.on('stream', (stream, headers) => {
  const id = stream.session.aepId;
  if (headers[':path'] === '/sessions') {
    stream.respond({ ':status': 200, 'content-type': 'text/plain' });
    stream.end(String(sessions));
    return;
  }
  stream.on('data', () => {});
  stream.on('end', () => {
    setTimeout(() => {
      stream.respond({ ':status': 200, 'content-type': 'text/plain' });
      stream.end(`session ${id}`);
    }, Number(delay));
  });
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`port ${server.address().port}\n`);
});
