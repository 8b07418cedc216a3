// Loads a server with the mix through autocannon (loopback, keep-alive connections) and measures it: completed
// requests per second, latency percentiles overall and per kind of request, and every answer that was no success.
import autocannon, { type AutocannonRequest } from 'autocannon';
import { MIX_SEQUENCE, REQUEST_KINDS, type MixRequest, type RequestKind } from './api-mix.ts';

/** One run's figures. Latencies are kept whole so that runs can be pooled. */
export interface LoadResult {
  seconds: number;
  completed: number;
  perSecond: number;
  latenciesMs: number[];
  /** The server process's CPU time per completed request (user + system), when it was measured. */
  serverCpuMs: number;
  byKind: Map<RequestKind, number[]>;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
}

/** Runs the request sequence against `url` from `connections` connections for `seconds`. */
export async function runLoad(
  url: string,
  requests: AutocannonRequest[],
  options: { seconds: number; connections: number; cpuSeconds?: () => number },
): Promise<LoadResult> {
  const cpuBefore = options.cpuSeconds?.() ?? Number.NaN;
  const latenciesMs: number[] = [];
  const byKind = new Map<RequestKind, number[]>(REQUEST_KINDS.map((kind) => [kind, []]));
  const instance = autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    requests,
    timeout: 30,
  });
  instance.on('response', (client, _status, _bytes, ms) => {
    latenciesMs.push(ms);
    // The answered request is still the client's current one: the next is built after this event.
    const slot = MIX_SEQUENCE[client.requestIterator?.currentRequestIndex ?? -1];
    if (slot) byKind.get(slot.kind)!.push(ms);
  });
  const result = await instance;
  const cpuAfter = options.cpuSeconds?.() ?? Number.NaN;
  return {
    seconds: result.duration,
    completed: latenciesMs.length,
    perSecond: latenciesMs.length / result.duration,
    latenciesMs,
    serverCpuMs: ((cpuAfter - cpuBefore) * 1000) / latenciesMs.length,
    byKind,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]),
    ),
  };
}

/** Sends each sample once and fails, naming the request and the answer, unless every one succeeds. */
export async function checkAnswers(
  url: string,
  samples: ReadonlyArray<MixRequest & { kind: RequestKind }>,
  server: string,
): Promise<void> {
  for (const sample of samples) {
    const response = await fetch(`${url}${sample.path}`, {
      method: sample.method,
      headers: sample.headers,
      ...(sample.body === undefined ? {} : { body: sample.body }),
    });
    const text = await response.text();
    if (response.status >= 300)
      throw new Error(
        `${server} answered ${sample.kind} (${sample.method} ${sample.path}) with ${response.status}: ${text.slice(0, 300)}`,
      );
  }
}
