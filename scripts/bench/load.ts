// How busy the machine was with work that is not the bench's: the CPU time every process used
// (Linux's /proc/stat, steal included) minus what the bench's own processes used (this Node and
// everything it started: the browsers, their renderers), per second of wall time, in cores.
// Another engineer's tests on the same two cores show here; the bench's own browsers do not.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

const TICKS_PER_SECOND = 100;

function machineBusyTicks(): number {
  const [, user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  return user! + nice! + system! + irq! + softirq! + steal!;
}

/** CPU ticks used by this process and its descendants, the children they have reaped included. */
function ownTicks(): number {
  const procs = new Map<number, { ppid: number; ticks: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command (which may hold spaces and parentheses): state, ppid, …
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(name), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]) });
    } catch {
      // Gone meanwhile.
    }
  }
  const mine = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, p] of procs) if (!mine.has(pid) && mine.has(p.ppid)) grew = mine.add(pid).size > 0;
  }
  let ticks = 0;
  for (const pid of mine) ticks += procs.get(pid)?.ticks ?? 0;
  return ticks;
}

export interface Load {
  /** Cores' worth of CPU used by other work, on average over the span. */
  others: number;
  cores: number;
}

/** Starts measuring; `stop()` says how busy the machine was with other work meanwhile. */
export function meterLoad() {
  const start = { at: Date.now(), busy: machineBusyTicks(), own: ownTicks() };
  return {
    stop(): Load {
      const seconds = (Date.now() - start.at) / 1000;
      const others = machineBusyTicks() - start.busy - (ownTicks() - start.own);
      return { others: Math.max(0, others / TICKS_PER_SECOND / seconds), cores: cpus().length };
    },
  };
}
