/**
 * Peak resident memory and CPU time of this process and every process it started (Pagefind's
 * indexer runs as a child process, whose memory `process.resourceUsage()` does not count and whose
 * CPU time reaches this process's counters only once it has been waited for). Linux only: it
 * samples /proc every `intervalMs`; elsewhere it reports this process's own figures.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";

/** Clock ticks per second in /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

function children(pid: number): number[] {
	const tasks = `/proc/${pid}/task`;
	if (!existsSync(tasks)) return [];
	return readdirSync(tasks).flatMap((task) =>
		procFile(pid, `task/${task}/children`).split(/\s+/).filter(Boolean).map(Number),
	);
}

/** A process and all its descendants. */
function tree(pid: number): number[] {
	return [pid, ...children(pid).flatMap(tree)];
}

/** A file under /proc/<pid>/, or "" when the process has ended; other errors (out of file descriptors) throw. */
function procFile(pid: number, name: string): string {
	try {
		return readFileSync(`/proc/${pid}/${name}`, "utf8");
	} catch (error) {
		if (
			(error as NodeJS.ErrnoException).code === "ENOENT" ||
			(error as NodeJS.ErrnoException).code === "ESRCH"
		)
			return "";
		throw error;
	}
}

function residentKb(pid: number): number {
	return Number(/VmRSS:\s+(\d+)/.exec(procFile(pid, "status"))?.[1] ?? 0);
}

/** User plus system time of one process (not of its children), in clock ticks. */
function cpuTicks(pid: number): number {
	// The fields after the command name, which may hold spaces: state is [0], utime [11], stime [12].
	const fields = procFile(pid, "stat").split(") ")[1]?.split(" ") ?? [];
	return Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
}

/** Resident memory of a process and all its descendants, in KB. */
export function treeResidentKb(pid: number): number {
	return tree(pid).reduce((sum, member) => sum + residentKb(member), 0);
}

/** Peak memory in MB and CPU seconds, over a lap or over the whole sampling. */
export interface TreeUsage {
	peakMb: number;
	cpuSeconds: number;
}

/**
 * Starts sampling. `lap()` returns the usage since the previous lap (or the start) and begins a
 * new one; `stop()` returns the usage over all of it. A child's CPU time is its last sample's, so
 * up to `intervalMs` of a child's work may go uncounted.
 */
export function sampleProcessTree(intervalMs = 100): { lap: () => TreeUsage; stop: () => TreeUsage } {
	const linux = existsSync("/proc/self/stat");
	let peakKb = 0;
	let lapPeakKb = 0;
	/** Latest CPU ticks seen for each descendant, by pid. */
	const childTicks = new Map<number, number>();
	const sample = () => {
		if (!linux) return;
		try {
			const members = tree(process.pid);
			const kb = members.reduce((sum, member) => sum + residentKb(member), 0);
			const ticks = members.slice(1).map((member) => [member, cpuTicks(member)] as const);
			peakKb = Math.max(peakKb, kb);
			lapPeakKb = Math.max(lapPeakKb, kb);
			for (const [member, value] of ticks)
				childTicks.set(member, Math.max(childTicks.get(member) ?? 0, value));
		} catch {
			// Out of file descriptors (a large build may hold thousands open): skip this sample.
		}
	};
	const cpu = () => {
		const { user, system } = process.cpuUsage();
		const children = [...childTicks.values()].reduce((sum, ticks) => sum + ticks, 0);
		return (user + system) / 1e6 + children / TICKS_PER_SECOND;
	};
	const timer = linux ? setInterval(sample, intervalMs) : undefined;
	timer?.unref();
	const mb = (kb: number) => Math.round(kb / 1024);
	let lapCpu = 0;
	return {
		lap() {
			sample();
			const usage = { peakMb: mb(lapPeakKb), cpuSeconds: cpu() - lapCpu };
			lapPeakKb = 0;
			lapCpu = cpu();
			return usage;
		},
		stop() {
			if (timer) clearInterval(timer);
			sample();
			return { peakMb: mb(Math.max(peakKb, process.resourceUsage().maxRSS)), cpuSeconds: cpu() };
		},
	};
}
