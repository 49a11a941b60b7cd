/**
 * Runs `astro build` in a site folder and measures wall time, CPU time and peak memory (the largest
 * resident set of the build's processes), with GNU time when it is installed, else by polling /proc
 * (then without CPU time). CPU time (user + system, the build and the processes it waits for, such
 * as Pagefind) is the steadier figure on a machine shared with other work: waiting for a core adds
 * to the wall time, not to the CPU time.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface BuildMeasure {
  seconds: number;
  /** User + system CPU seconds; NaN without GNU time. */
  cpuSeconds: number;
  peakMiB: number;
}

const GNU_TIME = '/usr/bin/time';

/** Resident-set high-water mark (kB) of a process and its descendants, from /proc; 0 where unreadable. */
function treeHighWater(pid: number): number {
  let max = 0;
  const visit = (p: number) => {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, 'utf8');
      max = Math.max(max, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
      for (const task of fs.readdirSync(`/proc/${p}/task`)) {
        const children = fs.readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        for (const c of children ? children.split(' ') : []) visit(Number(c));
      }
    } catch {
      // The process ended between the listing and the read.
    }
  };
  visit(pid);
  return max;
}

export async function measureBuild(root: string, site: string, outDir: string): Promise<BuildMeasure> {
  const cacheDir = `${outDir}-cache`;
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.rmSync(cacheDir, { recursive: true, force: true });
  const astro = [process.execPath, path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'];
  const useTime = fs.existsSync(GNU_TIME);
  const [cmd, ...args] = useTime ? [GNU_TIME, '-v', ...astro] : astro;
  const started = performance.now();
  const child = spawn(cmd!, args, {
    cwd: site,
    env: { ...process.env, HANDBOK_OUT_DIR: outDir, HANDBOK_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let polled = 0;
  const poll = useTime ? undefined : setInterval(() => (polled = Math.max(polled, treeHighWater(child.pid!))), 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(poll);
  if (code !== 0) throw new Error(`astro build feilet i ${site} (kode ${code}):\n${output.slice(-4000)}`);
  const kb = useTime ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1] ?? 0) : polled;
  const cpu = (kind: string) => Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(output)?.[1] ?? NaN);
  return { seconds, cpuSeconds: useTime ? cpu('User') + cpu('System') : NaN, peakMiB: kb / 1024 };
}
