// Renders the app icon (assets/icon.svg) into the PNGs the packages and the tray use, in Debian's
// Chromium so that nothing is downloaded: assets/icons/<size>x<size>.png for Linux, assets/icon.png
// (1024 px) from which electron-builder makes the macOS and Windows icons, and the tray's
// assets/tray-icon.png with its @2x. Re-run after editing the SVG: `node scripts/render-icons.mjs`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const assets = join(import.meta.dirname, '..', 'assets');
const svg = readFileSync(join(assets, 'icon.svg'));
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  /** The SVG drawn at size × size px on a transparent page. */
  async function render(size) {
    await page.setViewportSize({ width: size, height: size });
    const source = `data:image/svg+xml;base64,${svg.toString('base64')}`;
    await page.setContent(
      `<body style="margin:0;background:transparent"><img src="${source}" width="${size}" height="${size}" style="display:block"></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  }

  mkdirSync(join(assets, 'icons'), { recursive: true });
  for (const size of SIZES) {
    const png = await render(size);
    writeFileSync(join(assets, 'icons', `${size}x${size}.png`), png);
    if (size === 1024) writeFileSync(join(assets, 'icon.png'), png);
    if (size === 16) writeFileSync(join(assets, 'tray-icon.png'), png);
    if (size === 32) writeFileSync(join(assets, 'tray-icon@2x.png'), png);
  }
  console.log(`Rendered ${SIZES.join(', ')} px into ${assets}.`);
} finally {
  await browser.close();
}
