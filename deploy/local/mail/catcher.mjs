// catcher.mjs – the local stack's mail catcher (deploy/local/cchc up starts it; never used in production).
// Keycloak sends its e-mail (address verification, password reset) to SMTP 127.0.0.1:CCHC_MAIL_SMTP_PORT; every
// message is kept in memory (the last 200) and listed as JSON on http://127.0.0.1:CCHC_MAIL_HTTP_PORT/messages
// (newest first: to, subject, text, html, links), so that an end-to-end test can read a verification link.
// GET /messages?to=<address> filters by recipient; DELETE /messages empties the list.
import http from 'node:http';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

const host = '127.0.0.1';
const smtpPort = Number(process.env.CCHC_MAIL_SMTP_PORT ?? 1025);
const httpPort = Number(process.env.CCHC_MAIL_HTTP_PORT ?? 1080);
const MAX_MESSAGES = 200;
const MAX_BYTES = 1024 * 1024;
let messages = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  size: MAX_BYTES,
  onData(stream, session, callback) {
    simpleParser(stream, { maxHtmlLengthToParse: MAX_BYTES })
      .then((mail) => {
        if (stream.sizeExceeded) {
          callback(Object.assign(new Error('message too large'), { responseCode: 552 }));
          return;
        }
        const text = mail.text ?? '';
        const html = typeof mail.html === 'string' ? mail.html : '';
        const links = [...new Set([...`${text}\n${html}`.matchAll(/https?:\/\/[^\s"'<>]+/g)].map((m) => m[0].replace(/&amp;/g, '&')))];
        messages.unshift({
          receivedAt: new Date().toISOString(),
          from: mail.from?.text ?? '',
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          subject: mail.subject ?? '',
          text,
          html,
          links,
        });
        messages = messages.slice(0, MAX_MESSAGES);
        callback();
      })
      .catch((e) => callback(e));
  },
});
smtp.on('error', (e) => console.error(`smtp: ${e.message}`));
smtp.listen(smtpPort, host, () => console.log(`mail catcher: SMTP on ${host}:${smtpPort}`));

http
  .createServer((req, res) => {
    const url = new URL(req.url, `http://${host}`);
    if (url.pathname === '/health') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    } else if (url.pathname === '/messages' && req.method === 'GET') {
      const to = url.searchParams.get('to')?.toLowerCase();
      const list = to ? messages.filter((m) => m.to.includes(to)) : messages;
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(list));
    } else if (url.pathname === '/messages' && req.method === 'DELETE') {
      messages = [];
      res.writeHead(204).end();
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  })
  .listen(httpPort, host, () => console.log(`mail catcher: messages on http://${host}:${httpPort}/messages`));
