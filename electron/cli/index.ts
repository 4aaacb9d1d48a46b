// Entry of the framebench binary.
import { runCli } from './program';

const io = { out: (s: string) => process.stdout.write(`${s}\n`), err: (s: string) => process.stderr.write(`${s}\n`) };

const code = await runCli(process.argv.slice(2), io, (url, close) => {
  io.out(`Framebench is serving on ${url}`);
  io.out('Open that address in a browser; press Ctrl+C to stop.');
  const stop = () => void close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
});
if (code !== 0 || !process.argv.includes('serve')) process.exitCode = code;
