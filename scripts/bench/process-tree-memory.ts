/**
 * Peak resident memory of this process and every process it started (Pagefind's indexer runs as a
 * child process, whose memory `process.resourceUsage()` does not count). Linux only: it samples
 * /proc every `intervalMs`; elsewhere it reports this process's own peak.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";

function children(pid: number): number[] {
	const tasks = `/proc/${pid}/task`;
	if (!existsSync(tasks)) return [];
	return readdirSync(tasks).flatMap((task) => {
		try {
			return readFileSync(`${tasks}/${task}/children`, "utf8").split(/\s+/).filter(Boolean).map(Number);
		} catch {
			return [];
		}
	});
}

function residentKb(pid: number): number {
	try {
		return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
	} catch {
		return 0;
	}
}

/** Resident memory of a process and all its descendants, in KB. */
export function treeResidentKb(pid: number): number {
	return residentKb(pid) + children(pid).reduce((sum, child) => sum + treeResidentKb(child), 0);
}

/**
 * Starts sampling. `lap()` returns the peak of the whole tree in MB since the previous lap (or the
 * start) and begins a new one; `stop()` returns the peak over all of it.
 */
export function sampleTreeMemory(intervalMs = 100): { lap: () => number; stop: () => number } {
	let peakKb = 0;
	let lapPeakKb = 0;
	const sample = () => {
		const kb = treeResidentKb(process.pid);
		peakKb = Math.max(peakKb, kb);
		lapPeakKb = Math.max(lapPeakKb, kb);
	};
	const timer = existsSync("/proc/self/status") ? setInterval(sample, intervalMs) : undefined;
	timer?.unref();
	const mb = (kb: number) => Math.round(kb / 1024);
	return {
		lap() {
			sample();
			const peak = lapPeakKb;
			lapPeakKb = 0;
			return mb(peak);
		},
		stop() {
			if (timer) clearInterval(timer);
			sample();
			return mb(Math.max(peakKb, process.resourceUsage().maxRSS));
		},
	};
}
