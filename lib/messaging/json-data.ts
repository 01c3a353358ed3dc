/**
 * Where a message holds a value JSON cannot carry, or null. `runtime.sendMessage`
 * gives the background JSON data only; a page's postMessage to the service
 * worker (worker-port.ts) gives whatever structured clone can copy: a
 * BigInt, a Date, a Map, a cycle. The store keeps deals as JSON text
 * (lib/store/schema.ts), and what a deal's loose fields hold must survive
 * an export and an import, so the router refuses such a message by name
 * whichever way it came. `undefined` as an object's value is allowed (JSON
 * drops the key); the depth limit also ends a cycle.
 */
export function jsonProblem(value: unknown, path = 'payload', depth = 0): string | null {
  if (depth > MAX_DEPTH) return `${path} is nested too deeply`;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return null;
    case 'number':
      return Number.isFinite(value) ? null : `${path} is not a finite number`;
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const problem = value[i] === undefined ? `${path}[${i}] is undefined` : jsonProblem(value[i], `${path}[${i}]`, depth + 1);
          if (problem) return problem;
        }
        return null;
      }
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) return `${path} is not plain data`;
      for (const [key, v] of Object.entries(value)) {
        if (v === undefined) continue;
        const problem = jsonProblem(v, `${path}.${key}`, depth + 1);
        if (problem) return problem;
      }
      return null;
    }
    default:
      return `${path} is a ${typeof value}, which JSON cannot carry`;
  }
}

/** Deeper than any message of the protocol (a deal's loose fields are limited to 24 levels by the model). */
const MAX_DEPTH = 64;
