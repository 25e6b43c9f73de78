/**
 * The dashboard pages: static HTML with a small inline script over the JSON API (no build step, no framework).
 * Charts use uPlot (served from node_modules/uplot/dist): fast enough for 1,440 points per monitor.
 */

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
:root{--bg:#0f1419;--fg:#e6e6e6;--mut:#8b949e;--up:#2ea043;--down:#da3633;--warn:#d29922;--card:#161b22;--line:#30363d}
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,sans-serif;background:var(--bg);color:var(--fg)}
header{display:flex;gap:16px;align-items:center;padding:12px 20px;border-bottom:1px solid var(--line)}header h1{font-size:18px;margin:0}
main{padding:16px 20px;display:grid;gap:16px}section{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 16px}
h2{font-size:15px;margin:0 0 8px}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line);white-space:nowrap}
td.err{white-space:normal;color:var(--mut);max-width:420px}tr.mon{cursor:pointer}tr.mon:hover{background:#1f2630}
.b{display:inline-block;padding:1px 8px;border-radius:10px;font-weight:600;font-size:12px}.up{background:var(--up)}.down{background:var(--down)}.unknown{background:#444}.maintenance{background:var(--warn)}
.mut{color:var(--mut)}.neg{color:var(--down)}.ok{color:var(--up)}a{color:#58a6ff}button{background:#21262d;color:var(--fg);border:1px solid var(--line);border-radius:6px;padding:2px 10px;cursor:pointer}
.tl{margin:4px 0 0 16px;padding:0;color:var(--mut);font-size:12px}.counts span{margin-right:12px}
`;

export function dashboardHtml(project: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(project)} · launchready monitor</title><link rel="stylesheet" href="/assets/uplot.css"><style>${STYLE}</style></head>
<body><header><h1>${esc(project)} · monitor</h1><span class="counts" id="counts"></span><span class="mut" id="updated"></span>
<span style="flex:1"></span><a href="/status">public status</a><a href="/audit">audit report</a></header>
<main>
<section><h2>Monitors</h2><table id="monitors"><thead><tr><th>status</th><th>monitor</th><th>type</th><th>uptime 24h</th><th>7d</th><th>30d</th><th>SLO</th><th>error budget</th><th>latency</th><th>HTTP</th><th>incident</th><th>last error</th></tr></thead><tbody></tbody></table></section>
<section id="detail" hidden><h2 id="detail-title"></h2><div><button data-range="24h">24h</button> <button data-range="7d">7d</button> <button data-range="30d">30d</button> <span class="mut">latency and p95 (ms), deploys as dashed lines; 4xx vs 5xx below</span></div><div id="chart-lat"></div><div id="chart-err"></div></section>
<section><h2>Incidents</h2><div id="incidents" class="mut">none</div></section>
<section><h2>Certificates</h2><table id="certs"><thead><tr><th>monitor</th><th>days left</th><th>expires</th></tr></thead><tbody></tbody></table></section>
<section><h2>Alert deliveries</h2><table id="deliveries"><thead><tr><th>time</th><th>channel</th><th>event</th><th>attempt</th><th>result</th></tr></thead><tbody></tbody></table></section>
<section><h2>Audit</h2><div id="audit" class="mut">no audit report configured</div></section>
</main>
<script src="/assets/uplot.js"></script>
<script>
const $=s=>document.querySelector(s);const esc=s=>String(s??'').replace(/[&<>"']/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c]));
const pct=v=>v==null?'–':v.toFixed(v>=99.995||v===0?0:3).replace(/\\.?0+$/,'')+'%';
const time=t=>t?new Date(t).toISOString().replace('T',' ').slice(0,19):'';
let selected=null,range='24h',charts=[];
async function j(u,o){const r=await fetch(u,o);if(r.status===401){location.href='/login';throw new Error('login')}return r.json()}
async function refresh(){
  const o=await j('/api/overview');
  $('#counts').innerHTML=['up','down','maintenance','unknown'].map(k=>'<span><span class="b '+k+'">'+o.counts[k]+'</span> '+k+'</span>').join('');
  $('#updated').textContent='updated '+time(o.generatedAt);
  $('#monitors tbody').innerHTML=o.monitors.map(m=>'<tr class="mon" data-id="'+esc(m.id)+'" data-status="'+m.status+'"><td><span class="b '+m.status+'">'+m.status.toUpperCase()+'</span>'+(m.flapping?' <span class="b maintenance">FLAPPING</span>':'')+'</td><td>'+esc(m.name)+'</td><td>'+m.type+'</td><td>'+pct(m.uptime.d1)+'</td><td>'+pct(m.uptime.d7)+'</td><td>'+pct(m.uptime.d30)+'</td><td>'+m.slo+'%</td><td class="'+(m.errorBudgetLeft!=null&&m.errorBudgetLeft<0?'neg':'')+'">'+(m.errorBudgetLeft==null?'–':(100*m.errorBudgetLeft).toFixed(1)+'%')+'</td><td>'+(m.latencyMs==null?'–':Math.round(m.latencyMs)+' ms')+'</td><td>'+(m.httpStatus??'')+'</td><td>'+(m.incident?'<a href="#incident-'+esc(m.incident.id)+'">open</a>'+(m.incident.acknowledged?' (ack)':''):'')+'</td><td class="err">'+esc(m.error)+'</td></tr>').join('');
  const certs=o.monitors.filter(m=>m.cert).sort((a,b)=>a.cert.daysLeft-b.cert.daysLeft);
  $('#certs tbody').innerHTML=certs.map(m=>'<tr><td>'+esc(m.name)+'</td><td class="'+(m.cert.daysLeft<14?'neg':'ok')+'">'+m.cert.daysLeft+'</td><td>'+esc(m.cert.expiresAt)+'</td></tr>').join('')||'<tr><td class="mut" colspan="3">no TLS monitor</td></tr>';
  const inc=await j('/api/incidents');
  $('#incidents').innerHTML=inc.length?inc.map(i=>'<div class="incident" id="incident-'+esc(i.id)+'" data-open="'+(i.closedAt==null)+'"><b>'+(i.closedAt==null?'<span class="b down">OPEN</span>':'<span class="b up">RESOLVED</span>')+' '+esc(i.monitorName)+'</b> <span class="mut">opened '+time(i.openedAt)+(i.closedAt?' · closed '+time(i.closedAt):'')+(i.acknowledgedAt?' · acknowledged by '+esc(i.acknowledgedBy):'')+'</span> '+(i.closedAt==null&&!i.acknowledgedAt?'<button data-ack="'+esc(i.id)+'">acknowledge</button>':'')+'<div>'+esc(i.cause)+(i.deploy?' <span class="b maintenance">after deploy '+esc(i.deploy.version)+'</span>':'')+'</div><ul class="tl">'+i.timeline.map(e=>'<li>'+time(e.at)+' '+e.kind+': '+esc(e.message)+'</li>').join('')+'</ul></div>').join(''):'none';
  const d=await j('/api/deliveries');
  $('#deliveries tbody').innerHTML=d.map(x=>'<tr class="delivery" data-ok="'+x.ok+'"><td>'+time(x.at)+'</td><td>'+esc(x.channel)+'</td><td>'+esc(x.event)+'</td><td>'+x.attempt+'</td><td class="'+(x.ok?'ok':'neg')+'">'+(x.ok?'delivered':esc(x.error))+'</td></tr>').join('')||'<tr><td class="mut" colspan="5">no alert sent yet</td></tr>';
  if(selected)chart();
}
async function audit(){try{const a=await j('/api/audit');if(a.decision)$('#audit').innerHTML='<b>'+esc(a.decision)+'</b> '+Object.entries(a.summary).map(([k,v])=>esc(k)+': '+v).join(', ')+' · <a href="/audit">full report with risk register</a>'}catch{}}
function deployPlugin(deploys){return{hooks:{draw:[u=>{const c=u.ctx;c.save();c.strokeStyle='#d29922';c.setLineDash([4,4]);for(const d of deploys){const x=u.valToPos(d.at/1000,'x',true);if(x<u.bbox.left||x>u.bbox.left+u.bbox.width)continue;c.beginPath();c.moveTo(x,u.bbox.top);c.lineTo(x,u.bbox.top+u.bbox.height);c.stroke();c.fillStyle='#d29922';c.fillText(d.version,x+3,u.bbox.top+10)}c.restore()}]}}}
async function chart(){
  const s=await j('/api/monitors/'+encodeURIComponent(selected)+'/series?range='+range);
  $('#detail').hidden=false;$('#detail-title').textContent=selected+' · '+range+' ('+s.resolution+')';
  charts.forEach(c=>c.destroy());charts=[];
  const w=Math.min(1200,document.body.clientWidth-60);
  const lat=s.resolution==='raw'?[s.t,s.latency,s.p95]:[s.t,s.p50,s.p95];
  charts.push(new uPlot({width:w,height:220,plugins:[deployPlugin(s.deploys)],series:[{},{label:s.resolution==='raw'?'latency':'p50',stroke:'#58a6ff'},{label:'p95',stroke:'#d29922'}],axes:[{stroke:'#8b949e'},{stroke:'#8b949e'}]},lat,$('#chart-lat')));
  charts.push(new uPlot({width:w,height:140,plugins:[deployPlugin(s.deploys)],series:[{},{label:'4xx',stroke:'#d29922',fill:'rgba(210,153,34,.3)'},{label:'5xx',stroke:'#da3633',fill:'rgba(218,54,51,.3)'}],axes:[{stroke:'#8b949e'},{stroke:'#8b949e'}]},[s.t,s.s4xx,s.s5xx],$('#chart-err')));
}
document.addEventListener('click',async e=>{const t=e.target;const row=t.closest&&t.closest('tr.mon');if(row){selected=row.dataset.id;chart()}
 if(t.dataset&&t.dataset.range){range=t.dataset.range;chart()}
 if(t.dataset&&t.dataset.ack){await j('/api/incidents/'+encodeURIComponent(t.dataset.ack)+'/ack',{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify({by:'dashboard'})});refresh()}});
const every=Number(new URLSearchParams(location.search).get('refresh')||5000);
refresh();audit();setInterval(refresh,every);
</script></body></html>`;
}

export function statusHtml(project: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(project)} status</title><style>${STYLE}</style></head>
<body><header><h1>${esc(project)} status</h1><span id="overall"></span></header><main><section><table id="st"><tbody></tbody></table></section><section><h2>Recent incidents</h2><div id="inc" class="mut">none</div></section><section><h2>Maintenance</h2><div id="mw" class="mut">none scheduled</div></section></main>
<script>
const esc=s=>String(s??'').replace(/[&<>"']/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c]));
async function r(){const s=await (await fetch('/api/status')).json();
document.getElementById('overall').innerHTML=s.overall==='operational'?'<span class="b up">All systems operational</span>':'<span class="b down">Degraded</span>';
document.querySelector('#st tbody').innerHTML=s.monitors.map(m=>'<tr><td>'+esc(m.name)+'</td><td><span class="b '+m.status+'">'+m.status+'</span></td><td class="mut">'+(m.uptime30d==null?'':m.uptime30d.toFixed(2)+'% (30 d)')+'</td></tr>').join('');
if(s.incidents.length)document.getElementById('inc').innerHTML=s.incidents.map(i=>'<div>'+esc(i.monitor)+': '+new Date(i.openedAt).toISOString()+(i.closedAt?' – '+new Date(i.closedAt).toISOString():' (ongoing)')+'</div>').join('');
if(s.maintenance.length)document.getElementById('mw').innerHTML=s.maintenance.map(w=>'<div>'+esc(w.start)+' – '+esc(w.end)+' '+esc(w.reason)+'</div>').join('');}
r();setInterval(r,30000);
</script></body></html>`;
}

export function loginHtml(error = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>launchready login</title><style>${STYLE}</style></head><body><main><section><h2>launchready monitor</h2>
${error ? `<p class="neg">${esc(error)}</p>` : ''}<form method="post" action="/login"><label>Token <input type="password" name="token" autocomplete="current-password"></label> <button type="submit">Log in</button></form></section></main></body></html>`;
}
