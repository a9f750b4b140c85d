/**
 * A small HTTP/1.1 load generator for the benchmarks, run as its own process so
 * it does not share an event loop with the server under test. Each connection
 * writes a prebuilt request, waits for the whole response (Content-Length
 * framing), records the latency and sends the next one: closed-loop, like wrk.
 *
 * Input: the path of a JSON file `{ port, requests: string[] (latin1), connections,
 * total, warmup }`. Output (stdout): one JSON line with rps, latencies and statuses.
 */
import { readFileSync } from "node:fs";
import { connect, type Socket } from "node:net";

interface Plan {
  readonly port: number;
  readonly requests: readonly string[];
  readonly connections: number;
  readonly total: number;
  readonly warmup: number;
}

const plan = JSON.parse(readFileSync(process.argv[2] ?? "", "utf8")) as Plan;
const requests = plan.requests.map((r) => Buffer.from(r, "latin1"));
const latencies: number[] = [];
const statuses: Record<string, number> = {};
let sent = 0;
let done = 0;
let measuredStart = 0n;
let measuredEnd = 0n;

function run(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    let buffer: Buffer = Buffer.alloc(0);
    let started = 0n;
    const next = () => {
      if (sent >= plan.warmup + plan.total) {
        socket.end();
        resolve();
        return;
      }
      const index = sent++;
      if (index === plan.warmup) measuredStart = process.hrtime.bigint();
      started = process.hrtime.bigint();
      socket.write(requests[index % requests.length] as Buffer);
    };
    socket.on("data", (chunk: Buffer) => {
      buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
      for (;;) {
        const end = buffer.indexOf("\r\n\r\n");
        if (end < 0) return;
        const head = buffer.subarray(0, end).toString("latin1");
        const length = Number(/content-length:\s*(\d+)/i.exec(head)?.[1] ?? "0");
        if (buffer.length < end + 4 + length) return;
        const status = head.slice(9, 12);
        buffer = buffer.subarray(end + 4 + length);
        const now = process.hrtime.bigint();
        const finished = done++;
        if (finished >= plan.warmup) {
          latencies.push(Number(now - started) / 1e6);
          statuses[status] = (statuses[status] ?? 0) + 1;
          measuredEnd = now;
        }
        next();
      }
    });
    socket.on("error", reject);
    next();
  });
}

const sockets = Array.from({ length: plan.connections }, () =>
  connect({ host: "127.0.0.1", port: plan.port, noDelay: true }),
);
await Promise.all(sockets.map((s) => new Promise((r) => s.once("connect", r))));
await Promise.all(sockets.map(run));
latencies.sort((a, b) => a - b);
const seconds = Number(measuredEnd - measuredStart) / 1e9;
const at = (q: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
process.stdout.write(
  `${JSON.stringify({
    requests: latencies.length,
    seconds,
    rps: latencies.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    max: latencies.at(-1) ?? 0,
    statuses,
  })}\n`,
);
