// `npm run dev`: the site with live reload, and content that follows your
// edits. The store is loaded from content/ first; then every save under
// content/ is published to it (`content:publish`: checked, and refused with
// every problem listed if anything is wrong), and the page shows the change
// on reload. Drafts and scheduled stories are visible in dev, with a banner.
import { spawn, spawnSync } from 'node:child_process';
import { watch } from 'node:fs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (script) => spawnSync(npm, ['run', '--silent', script], { stdio: 'inherit' }).status === 0;

if (!run('content:build') || !run('content:load')) process.exit(1);

const next = spawn('npx', ['next', 'dev'], { stdio: 'inherit' });

let timer;
let publishing = false;
let again = false;
function publishSoon() {
  clearTimeout(timer);
  timer = setTimeout(() => {
    if (publishing) {
      again = true;
      return;
    }
    publishing = true;
    const child = spawn(npm, ['run', '--silent', 'content:publish'], { stdio: 'inherit' });
    child.on('exit', () => {
      publishing = false;
      if (again) {
        again = false;
        publishSoon();
      }
    });
  }, 300);
}
const watcher = watch('content', { recursive: true }, publishSoon);

function stop(code = 0) {
  watcher.close();
  if (next.exitCode === null) next.kill('SIGTERM');
  process.exit(code);
}
next.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
