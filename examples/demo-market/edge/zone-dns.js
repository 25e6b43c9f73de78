// A tiny authoritative DNS server for test beds and the demo (dns2, UDP and TCP on one port).
// zone: { 'name': [{ type: 'A', address, ttl? }, { type: 'CNAME', domain }, { type: 'TXT', data }, { type: 'MX', exchange, priority },
//          { type: 'NS', ns }, { type: 'CAA', flags, tag, value }, { type: 'SOA', ... }, { type: 'AAAA', address }] }
// Names not in the zone answer NXDOMAIN; names in the zone without the asked type answer NOERROR/empty (NODATA);
// a name listed in `servfail` answers SERVFAIL. CNAMEs are chased inside the zone.
import dns2 from 'dns2';

const { Packet } = dns2;

export async function startZoneServer({ zone, servfail = [], port = 0, host = '127.0.0.1' } = {}) {
  const z = new Map(Object.entries(zone).map(([k, v]) => [k.toLowerCase().replace(/\.$/, ''), v]));
  const fail = new Set(servfail.map((s) => s.toLowerCase()));
  const rr = (name, r) => {
    const base = { name, type: Packet.TYPE[r.type], class: Packet.CLASS.IN, ttl: r.ttl ?? 300 };
    switch (r.type) {
      case 'A':
      case 'AAAA':
        return { ...base, address: r.address };
      case 'CNAME':
        return { ...base, domain: r.domain };
      case 'NS':
        return { ...base, ns: r.ns };
      case 'MX':
        return { ...base, exchange: r.exchange, priority: r.priority ?? 10 };
      case 'TXT': {
        // split long strings into 255-byte character-strings (RFC 1035 §3.3.14)
        const s = String(r.data);
        const parts = [];
        for (let i = 0; i < s.length; i += 255) parts.push(s.slice(i, i + 255));
        return { ...base, data: parts.length ? parts : [''] };
      }
      case 'CAA':
        return { ...base, flags: r.flags ?? 0, tag: r.tag, value: r.value };
      case 'SOA':
        return { ...base, primary: r.primary, admin: r.admin, serial: r.serial ?? 1, refresh: 3600, retry: 600, expiration: 86400, minimum: r.minimum ?? 300 };
      default:
        throw new Error(`unsupported type ${r.type}`);
    }
  };
  const create = () => dns2.createServer({
    udp: true,
    tcp: true,
    handle(request, send) {
      const res = Packet.createResponseFromRequest(request);
      const q = request.questions[0];
      const name = String(q?.name ?? '').toLowerCase().replace(/\.$/, '');
      const type = Object.keys(Packet.TYPE).find((k) => Packet.TYPE[k] === q?.type);
      res.header.aa = 1;
      if (fail.has(name)) {
        res.header.rcode = 2;
        return send(res);
      }
      let cur = name;
      for (let hops = 0; hops < 8; hops++) {
        const recs = z.get(cur);
        if (!recs) {
          // NXDOMAIN only when the first name is unknown; a CNAME to outside the zone ends with the CNAME
          if (cur === name) res.header.rcode = 3;
          else if (!recs && !cur.endsWith(zoneSuffix(name, z))) break;
          else res.header.rcode = 3;
          break;
        }
        const cname = recs.find((r) => r.type === 'CNAME');
        if (cname && type !== 'CNAME') {
          res.answers.push(rr(cur, cname));
          cur = cname.domain.toLowerCase();
          continue;
        }
        for (const r of recs) if (r.type === type) res.answers.push(rr(cur, r));
        break;
      }
      send(res);
    },
  });
  // dns2 listens UDP and TCP separately; with port 0 they may differ, so re-listen TCP on the UDP port. That port
  // may be taken for TCP by another process: then start over on a new port (a few attempts).
  let server;
  let udpPort;
  for (let attempt = 0; ; attempt++) {
    server = create();
    server.on('requestError', () => {});
    server.on('error', () => {}); // a failed re-listen is handled below; unhandled it would throw
    await server.listen({ udp: { port, address: host, type: 'udp4' }, tcp: { port, address: host } });
    udpPort = server.addresses().udp.port;
    if (port !== 0 || server.addresses().tcp.port === udpPort) break;
    const tcp = server.servers.tcp;
    await new Promise((r) => tcp.close(r));
    const ok = await new Promise((resolve) => {
      const onError = () => resolve(false);
      tcp.once('error', onError);
      tcp.listen(udpPort, host, () => {
        tcp.off('error', onError);
        resolve(true);
      });
    });
    if (ok) break;
    await new Promise((r) => server.servers.udp.close(() => r()));
    if (attempt >= 20) throw new Error(`zone DNS: no port free for both UDP and TCP on ${host} after ${attempt + 1} attempts`);
  }
  // TCP clients (the resolver's fallback for long answers) may keep their connection open; end them on close so
  // closing never waits for dns2's idle timeout
  const conns = new Set();
  server.servers.tcp.on('connection', (c) => {
    conns.add(c);
    c.once('close', () => conns.delete(c));
  });
  return {
    port: udpPort,
    server: `${host}:${udpPort}`,
    async close() {
      const closing = server.close().catch(() => {});
      for (const c of conns) c.destroy();
      await closing;
    },
  };
}

function zoneSuffix(name, z) {
  // longest zone-apex suffix known (the name of an SOA record)
  let best = '';
  for (const [k, recs] of z) if (recs.some((r) => r.type === 'SOA') && (name === k || name.endsWith(`.${k}`)) && k.length > best.length) best = k;
  return best || '\u0000';
}
