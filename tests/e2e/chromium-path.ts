// The Chromium the browser tests drive: FRAMEBENCH_CHROMIUM overrides Debian's /usr/bin/chromium.
import fs from 'node:fs';

export function chromiumPath(): string | undefined {
  const candidates = [process.env.FRAMEBENCH_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p) => p && fs.existsSync(p));
}
