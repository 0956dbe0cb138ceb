/** The little of autocannon (no bundled types) that bench/load.ts uses. */
declare module 'autocannon' {
  interface Options {
    url: string;
    headers?: Record<string, string>;
    connections?: number;
    duration?: number;
    timeout?: number;
  }
  interface Result {
    errors: number;
    timeouts: number;
    non2xx: number;
  }
  interface Instance {
    on(
      event: 'response',
      listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void,
    ): this;
  }
  function autocannon(
    options: Options,
    done: (err: Error | null, result: Result) => void,
  ): Instance;
  // The package exports one function as its default.
  // eslint-disable-next-line no-restricted-syntax
  export default autocannon;
}
