/**
 * Runs `astro build` in a site folder and measures wall time, CPU time and peak memory.
 * - Peak memory: the largest resident set of the build's processes, with GNU time when it is
 *   installed, else by polling /proc.
 * - CPU time (user + system, all threads): the build's own, which it reports as it exits
 *   (report-cpu.mjs), plus that of the processes it starts, such as Pagefind's indexer, polled from
 *   /proc (Linux). Not GNU time's figure: it counts a started process only if the build has waited
 *   for it, and whether Astro has done so for Pagefind's indexer when it exits depends on what runs
 *   after the index is built, so one site would be charged for it and the other not.
 * CPU time is the steadier figure on a machine shared with other work: waiting for a core adds to the
 * wall time, not to the CPU time.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BuildMeasure {
  seconds: number;
  cpuSeconds: number;
  peakMiB: number;
}

const GNU_TIME = '/usr/bin/time';
const REPORT_CPU = fileURLToPath(new URL('./report-cpu.mjs', import.meta.url));
/** Clock ticks per second in /proc/<pid>/stat; 100 on Linux. */
const TICKS = 100;

/** The processes under `pid` (itself included), from /proc; empty where unreadable. */
function processTree(pid: number): number[] {
  const pids: number[] = [];
  const visit = (p: number) => {
    try {
      for (const task of fs.readdirSync(`/proc/${p}/task`)) {
        const children = fs.readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        for (const c of children ? children.split(' ') : []) visit(Number(c));
      }
      pids.push(p);
    } catch {
      // The process ended between the listing and the read.
    }
  };
  visit(pid);
  return pids;
}

const read = (file: string) => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

/**
 * Polls the processes under `pid`: the largest resident set (kB), and the CPU ticks of each process
 * but `pid` itself and, under GNU time (`wrapped`), the build it runs.
 */
function watchTree(pid: number, wrapped: boolean) {
  let highWater = 0;
  const ticks = new Map<number, number>();
  const poll = () => {
    const tree = processTree(pid);
    // Children are listed before their parent: the build is the last but one under GNU time.
    const own = new Set([pid, ...(wrapped ? tree.slice(-2, -1) : [])]);
    for (const p of tree) {
      highWater = Math.max(highWater, Number(/VmHWM:\s+(\d+)/.exec(read(`/proc/${p}/status`))?.[1] ?? 0));
      if (own.has(p)) continue;
      // Fields after the command name: utime and stime are the 12th and 13th.
      const fields = read(`/proc/${p}/stat`).split(') ')[1]?.split(' ') ?? [];
      const used = Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
      if (used) ticks.set(p, Math.max(ticks.get(p) ?? 0, used));
    }
  };
  const timer = setInterval(poll, 100);
  return {
    stop: () => (clearInterval(timer), poll()),
    highWaterKb: () => highWater,
    startedCpuSeconds: () => [...ticks.values()].reduce((a, b) => a + b, 0) / TICKS,
  };
}

export async function measureBuild(root: string, site: string, outDir: string): Promise<BuildMeasure> {
  const cacheDir = `${outDir}-cache`;
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.rmSync(cacheDir, { recursive: true, force: true });
  const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');
  const astro = [process.execPath, '--import', REPORT_CPU, astroBin, 'build'];
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
  const watch = watchTree(child.pid!, useTime);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  watch.stop();
  if (code !== 0) throw new Error(`astro build feilet i ${site} (kode ${code}):\n${output.slice(-4000)}`);
  const kb = useTime
    ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1] ?? 0)
    : watch.highWaterKb();
  const own = Number(/BENCH-CPU-SECONDS ([\d.]+)/.exec(output)?.[1] ?? NaN);
  return { seconds, cpuSeconds: own + watch.startedCpuSeconds(), peakMiB: kb / 1024 };
}
