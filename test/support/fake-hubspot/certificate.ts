import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Certificate {
  key: string;
  cert: string;
}

let cached: Certificate | undefined;

/**
 * A throwaway self-signed certificate for 127.0.0.1 and api.hubapi.com, made
 * at test time (never committed). Node's crypto can make keys but not X.509
 * certificates and no `selfsigned` package is installed, so this uses the
 * openssl CLI; a missing openssl fails the test with this message.
 */
export function selfSignedCertificate(): Certificate {
  if (cached) return cached;
  const dir = mkdtempSync(join(tmpdir(), 'fake-hubspot-cert-'));
  try {
    const key = join(dir, 'key.pem');
    const cert = join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
        '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=fake-hubspot',
        '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:api.hubapi.com',
      ],
      { stdio: 'pipe' },
    );
    cached = { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
    return cached;
  } catch (error) {
    throw new Error(`the fake HubSpot server needs the openssl CLI to make its test certificate: ${String(error)}`, {
      cause: error,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
