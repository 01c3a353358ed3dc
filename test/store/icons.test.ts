import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, pngPath, renderIcon, SVG_PATH } from '../../design/render-icons';
import { builtManifest, ROOT } from './built';

/** Width, height, bit depth and colour type from a PNG's IHDR chunk. */
function pngHeader(png: Buffer): { width: number; height: number; depth: number; colourType: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), depth: png[24]!, colourType: png[25]! };
}

describe('the icons', () => {
  it.each(ICON_SIZES)('%i px: an RGBA PNG of that size, rendered from design/icon.svg (npm run icons makes the same bytes)', async (size) => {
    const png = readFileSync(pngPath(size));
    expect(pngHeader(png)).toEqual({ width: size, height: size, depth: 8, colourType: 6 });
    expect(Buffer.from(await renderIcon(size)).equals(png), `public/icon/${size}.png is not what design/icon.svg renders: run npm run icons`).toBe(true);
  });

  it('are the product’s mark: the accent colour of components/kit/tokens.css, and both manifests list all four', () => {
    const accent = /--accent:\s*light-dark\((#[0-9a-f]{6})/i.exec(readFileSync(join(ROOT, 'components/kit/tokens.css'), 'utf8'))![1]!;
    expect(readFileSync(SVG_PATH, 'utf8').toLowerCase()).toContain(`fill="${accent.toLowerCase()}"`);
    for (const browser of ['chrome', 'firefox'] as const) {
      expect(builtManifest(browser).icons).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' });
    }
  });
});
