// The part of autocannon's programmatic API the API benchmark uses (the package ships no types).
declare module 'autocannon' {
  /** Starts a run. */
  function autocannon(options: autocannon.AutocannonOptions): autocannon.AutocannonInstance;

  namespace autocannon {
    /** One request of the sequence each connection loops over. */
    interface AutocannonRequest {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string;
      /** Builds the request about to be sent (a falsy result restarts the sequence). */
      setupRequest?: (request: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest;
    }

    /** The options the benchmark passes. */
    interface AutocannonOptions {
      url: string;
      connections: number;
      duration: number;
      requests: AutocannonRequest[];
      timeout?: number;
    }

    /** A latency or rate histogram summary. */
    interface Histogram {
      average: number;
      p50: number;
      p99: number;
      total: number;
    }

    /** What a run reports. */
    interface AutocannonResult {
      duration: number;
      errors: number;
      timeouts: number;
      non2xx: number;
      statusCodeStats: Record<string, { count: number }>;
      latency: Histogram;
      requests: Histogram;
    }

    /** A connection's client, as the `response` event passes it (its iterator knows which request was answered). */
    interface AutocannonClient {
      requestIterator?: { currentRequestIndex?: number };
    }

    /** A running instance: a thenable of the result that also emits per-response events. */
    interface AutocannonInstance extends PromiseLike<AutocannonResult> {
      on(
        event: 'response',
        listener: (
          client: AutocannonClient,
          statusCode: number,
          bytes: number,
          responseTimeMs: number,
        ) => void,
      ): this;
    }
  }

  export = autocannon;
}
