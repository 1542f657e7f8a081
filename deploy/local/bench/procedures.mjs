#!/usr/bin/env node
// Benchmark (not a test) of the procedures service on the running local stack (deploy/local/cchc up):
//  1. imports 5,000 generated procedures (CSV in the national database's shape, all published by one
//     decision) and prints the throughput;
//  2. runs search queries on the catalogue (now ≥ 5,000 procedures) and prints latency percentiles:
//     public searches (words without diacritics, field and level filters, paging) and staff searches.
// Searches go to the service port (8081), not through the gateway, whose per-client rate limit
// (60/min anonymous, 300/min signed in) would throttle a benchmark; a few go through the gateway too.
// Usage: node deploy/local/bench/procedures.mjs [rows=5000] [queries=400]
import { userToken } from '../lib/tokens.mjs';

const ROWS = Number(process.argv[2] ?? 5000);
const QUERIES = Number(process.argv[3] ?? 400);
const SERVICE = process.env.CCHC_PROCEDURES_URL ?? 'http://127.0.0.1:8081';
const GATEWAY = process.env.CCHC_GATEWAY_URL ?? 'http://127.0.0.1:8080';

const token = userToken;

const FIELDS = ['Hộ tịch', 'Chứng thực', 'Đất đai', 'Hoạt động xây dựng', 'Bảo trợ xã hội', 'Thi đua, khen thưởng',
  'Khám bệnh, chữa bệnh', 'Tài nguyên nước', 'Lý lịch tư pháp', 'Giáo dục và Đào tạo', 'Người có công', 'Văn hóa',
  'Thành lập và hoạt động của hộ kinh doanh', 'Tôn giáo', 'Lâm nghiệp', 'Thủy sản', 'Giao thông đường bộ', 'Dân tộc',
  'Công chức, viên chức', 'Phòng, chống tệ nạn xã hội'];
const VERBS = ['Cấp', 'Cấp lại', 'Đăng ký', 'Điều chỉnh', 'Gia hạn', 'Thu hồi', 'Xác nhận', 'Thẩm định', 'Phê duyệt', 'Công nhận'];
const OBJECTS = ['giấy phép', 'chứng chỉ hành nghề', 'giấy chứng nhận', 'quyết định', 'thông báo', 'hồ sơ', 'trích lục',
  'bản sao', 'giấy xác nhận', 'văn bản chấp thuận'];
const TAILS = ['cho cá nhân', 'cho tổ chức', 'đối với hộ gia đình', 'trên địa bàn xã', 'cấp tỉnh', 'lưu động',
  'có yếu tố nước ngoài', 'theo đợt', 'thường xuyên', 'trong trường hợp đặc biệt'];

function csvCell(s) {
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function generate(prefix) {
  const lines = ['Mã TTHC,Tên TTHC,Lĩnh vực,Cấp thực hiện,Thời hạn giải quyết,Đơn vị thời hạn,Thời hạn theo quy định,'
    + 'Cách thức thực hiện,Mức độ DVCTT,Đủ điều kiện toàn trình,Phí lệ phí,Căn cứ pháp lý,Số QĐ công bố,Ngày QĐ,Ngày hiệu lực'];
  for (let i = 0; i < ROWS; i++) {
    const name = `${VERBS[i % 10]} ${OBJECTS[Math.floor(i / 10) % 10]} ${TAILS[Math.floor(i / 100) % 10]} ${i}`;
    const time = 1 + (i % 20);
    const level = i % 3 === 0 ? 'Cấp tỉnh' : 'Cấp xã';
    const full = i % 4 === 0;
    lines.push([`${prefix}.${String(i).padStart(5, '0')}`, name, FIELDS[i % FIELDS.length], level, String(time),
      'Ngày làm việc', String(time + (i % 3)), full ? 'Trực tiếp; Trực tuyến' : 'Trực tiếp', full ? 'Toàn trình' : 'Không',
      full ? 'Có' : 'Không', `Lệ phí: ${(i % 5) * 10000}`, 'Nghị định số 118/2025/NĐ-CP', '999/QĐ-UBND', '01/06/2026',
      '01/07/2026'].map(csvCell).join(','));
  }
  return lines.join('\n') + '\n';
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function report(label, ms) {
  const s = [...ms].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  console.log(`${label.padEnd(44)} n=${String(s.length).padStart(4)}  p50=${percentile(s, 50).toFixed(1)} ms  `
    + `p95=${percentile(s, 95).toFixed(1)} ms  p99=${percentile(s, 99).toFixed(1)} ms  max=${s[s.length - 1].toFixed(1)} ms  `
    + `mean=${mean.toFixed(1)} ms`);
}

async function timed(url, headers = {}) {
  const t0 = performance.now();
  const res = await fetch(url, { headers });
  const body = await res.json();
  const ms = performance.now() - t0;
  if (!res.ok) throw new Error(`${url}: ${res.status} ${JSON.stringify(body)}`);
  return { ms, body };
}

async function main() {
  const catalogue = await token('catalogue');
  const prefix = `B${Date.now().toString(36).toUpperCase()}`;
  const csv = Buffer.from(generate(prefix), 'utf8');
  console.log(`import: ${ROWS} rows, ${(csv.length / 1024).toFixed(0)} KiB CSV, code prefix ${prefix}`);
  const t0 = performance.now();
  const started = await fetch(`${GATEWAY}/api/v1/procedures/imports`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${catalogue}`, 'Content-Type': 'text/csv', 'X-File-Name': 'bench.csv' },
    body: csv,
  });
  if (started.status !== 202) throw new Error(`import: ${started.status} ${await started.text()}`);
  const { id } = await started.json();
  let job;
  let validatedAt;
  for (;;) {
    await new Promise((r) => setTimeout(r, 250));
    job = await (await fetch(`${SERVICE}/api/v1/procedures/imports/${id}`, { headers: { Authorization: `Bearer ${catalogue}` } })).json();
    if (!validatedAt && job.phase !== 'VALIDATING') validatedAt = performance.now();
    if (job.status !== 'RUNNING') break;
  }
  const seconds = (performance.now() - t0) / 1000;
  if (job.status !== 'COMPLETED') throw new Error(`import ${job.status}: ${JSON.stringify(job.errors.slice(0, 5))}`);
  console.log(`import: ${job.created} created, ${job.published} published in ${seconds.toFixed(1)} s `
    + `= ${(ROWS / seconds).toFixed(0)} rows/s (validation ≈ ${((validatedAt - t0) / 1000).toFixed(1)} s, one transaction `
    + `for all rows incl. ${job.published} outbox events)`);

  const total = (await timed(`${SERVICE}/api/v1/procedures?size=1`)).body.total;
  console.log(`catalogue: ${total} procedures in force`);

  const words = ['cap giay phep', 'dang ky', 'chung chi hanh nghe', 'ca nhan', 'to chuc', 'luu dong', 'xac nhan ho so',
    'gia han', 'thu hoi quyet dinh', 'nuoc ngoai', 'khai sinh', 'ho tich'];
  const publicUrls = [];
  for (let i = 0; i < QUERIES; i++) {
    const p = new URLSearchParams();
    if (i % 4 !== 3) p.set('q', words[i % words.length]);
    if (i % 3 === 0) p.set('field', FIELDS[i % FIELDS.length]);
    if (i % 5 === 0) p.set('level', i % 2 ? 'PROVINCE' : 'COMMUNE');
    p.set('page', String(i % 7 === 0 ? 3 : 0));
    p.set('size', '20');
    publicUrls.push(`${SERVICE}/api/v1/procedures?${p}`);
  }
  for (const url of publicUrls.slice(0, 40)) await timed(url); // warm-up
  const pub = [];
  for (const url of publicUrls) pub.push((await timed(url)).ms);
  report('public search (words/field/level/page)', pub);

  const staff = [];
  for (let i = 0; i < QUERIES / 2; i++) {
    const url = `${SERVICE}/api/v1/procedures?q=${encodeURIComponent(words[i % words.length])}&state=${i % 2 ? 'DRAFT' : 'IN_FORCE'}&size=20`;
    staff.push((await timed(url, { Authorization: `Bearer ${catalogue}` })).ms);
  }
  report('staff search (all states, state filter)', staff);

  const one = [];
  for (let i = 0; i < QUERIES / 2; i++) {
    one.push((await timed(`${SERVICE}/api/v1/procedures/${prefix}.${String((i * 37) % ROWS).padStart(5, '0')}`)).ms);
  }
  report('read one procedure by code', one);

  const gw = [];
  for (let i = 0; i < 40; i++) {
    gw.push((await timed(`${GATEWAY}/api/v1/procedures?q=${encodeURIComponent(words[i % words.length])}&size=20`,
      { Authorization: `Bearer ${catalogue}` })).ms);
  }
  report('search through the gateway (JWT checked twice)', gw);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
