/** The part of autocannon's API that bench/run.ts uses (the package ships no types). */
declare module 'autocannon' {
  interface Histogram {
    average: number
    mean: number
    p50: number
    p99: number
    max: number
    total: number
  }
  interface Result {
    requests: Histogram & { sent: number }
    latency: Histogram
    throughput: Histogram
    errors: number
    timeouts: number
    non2xx: number
  }
  interface Options {
    url: string
    connections?: number
    duration?: number
    timeout?: number
    requests?: { method?: string; path: string }[]
  }
  export default function autocannon(options: Options): Promise<Result>
}
