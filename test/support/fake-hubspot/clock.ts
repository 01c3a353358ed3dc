import type { Clock } from '@/lib/crm/http';

/**
 * Virtual time for the CRM HTTP layer: `sleep` advances the clock at once
 * and records how long the code asked to wait, so a test can assert a
 * Retry-After of 30 s was honoured without waiting 30 s.
 */
export interface VirtualClock extends Clock {
  sleeps: number[];
  advance(ms: number): void;
}

export function virtualClock(startMs = Date.UTC(2026, 5, 1)): VirtualClock {
  let now = startMs;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
    sleep: async (ms) => {
      sleeps.push(ms);
      now += Math.max(0, ms);
    },
  };
}
