import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM } from './browser';

/**
 * The demo's one system dependency. On a Debian-like machine where we are
 * root (a fresh CI or dev container) it is installed with apt-get, as
 * .ci/run does; anywhere else the user is told what to install.
 */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const canApt = existsSync('/usr/bin/apt-get') && process.getuid?.() === 0;
  if (!canApt) {
    throw new Error(`Chromium is not at ${CHROMIUM}. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set HANDOFF_CHROMIUM to a Chromium binary.`);
  }
  console.log('demo: installing Debian\'s chromium (apt-get install chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${r.status})`);
  }
}
