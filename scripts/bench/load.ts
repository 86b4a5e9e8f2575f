// How busy the machine was with work that is not the bench's: the CPU time every process used
// (Linux's /proc/stat, steal included) minus what the bench's own processes used (this Node and
// everything it started: the browsers, their renderers), per second of wall time, in cores.
// Another engineer's tests on the same two cores show here; the bench's own browsers do not.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

const TICKS_PER_SECOND = 100;
// The bench's processes come and go (a renderer per page): each is read this often, so the CPU a
// process used before it exited still counts as the bench's.
const SAMPLE_MS = 250;

function machineBusyTicks(): number {
  const [, user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  return user! + nice! + system! + irq! + softirq! + steal!;
}

/** CPU ticks each of this process and its descendants has used itself (not its reaped children: they are counted as themselves). */
function ownTicks(): Map<number, number> {
  const procs = new Map<number, { ppid: number; ticks: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command (which may hold spaces and parentheses): state, ppid, …, utime, stime.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(name), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      // Gone meanwhile.
    }
  }
  const mine = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, p] of procs) if (!mine.has(pid) && mine.has(p.ppid)) grew = mine.add(pid).size > 0;
  }
  return new Map([...mine].map((pid) => [pid, procs.get(pid)?.ticks ?? 0]));
}

export interface Load {
  /** Cores' worth of CPU used by other work, on average over the span. */
  others: number;
  cores: number;
}

/** Starts measuring; `stop()` says how busy the machine was with other work meanwhile. */
export function meterLoad() {
  const at = Date.now();
  const busy = machineBusyTicks();
  const first = ownTicks();
  const last = new Map(first);
  const sample = () => {
    for (const [pid, ticks] of ownTicks()) last.set(pid, ticks);
  };
  const timer = setInterval(sample, SAMPLE_MS);
  timer.unref();
  return {
    stop(): Load {
      clearInterval(timer);
      sample();
      const seconds = (Date.now() - at) / 1000;
      let own = 0;
      for (const [pid, ticks] of last) own += ticks - (first.get(pid) ?? 0);
      const others = machineBusyTicks() - busy - own;
      return { others: Math.max(0, others / TICKS_PER_SECOND / seconds), cores: cpus().length };
    },
  };
}
