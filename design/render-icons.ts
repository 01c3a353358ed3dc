import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

/**
 * Renders the extension's icon (design/icon.svg, drawn on a 16 px grid) to
 * the PNGs the manifest lists: public/icon/16.png, 32, 48 and 128. resvg
 * (WebAssembly, no system fonts or libraries) gives the same bytes on every
 * machine, so `npm run icons` reproduces the committed files exactly and
 * test/store/icons.test.ts checks that they were made from the SVG.
 *
 * Chrome Web Store: the 128 px icon's artwork is 96 px with 16 px of
 * transparent space around it; the smaller ones fill their square.
 */
export const ICON_SIZES = [16, 32, 48, 128] as const;
const ROOT = join(import.meta.dirname, '..');
export const SVG_PATH = join(ROOT, 'design/icon.svg');
export const pngPath = (size: number) => join(ROOT, `public/icon/${size}.png`);

let ready: Promise<void> | undefined;

/** The PNG of the icon at `size` px. */
export async function renderIcon(size: (typeof ICON_SIZES)[number]): Promise<Uint8Array> {
  ready ??= initWasm(readFileSync(join(ROOT, 'node_modules/@resvg/resvg-wasm/index_bg.wasm')));
  await ready;
  const art = size === 128 ? 96 : size;
  const inset = (size - art) / 2;
  // The artwork scaled to `art` px, placed in a `size` px transparent square.
  const svg = readFileSync(SVG_PATH, 'utf8');
  const inner = svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const placed = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}"><g transform="translate(${inset} ${inset}) scale(${art / 16})">${inner}</g></svg>`;
  return new Resvg(placed, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  for (const size of ICON_SIZES) {
    writeFileSync(pngPath(size), await renderIcon(size));
    console.log(`icons: wrote public/icon/${size}.png`);
  }
}
