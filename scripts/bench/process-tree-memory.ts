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

/** Starts sampling; `stop()` returns the peak of the whole tree in MB. */
export function sampleTreeMemory(intervalMs = 100): { stop: () => number } {
	let peakKb = 0;
	const sample = () => {
		peakKb = Math.max(peakKb, treeResidentKb(process.pid));
	};
	const timer = existsSync("/proc/self/status") ? setInterval(sample, intervalMs) : undefined;
	timer?.unref();
	return {
		stop() {
			if (timer) clearInterval(timer);
			sample();
			return Math.round(Math.max(peakKb, process.resourceUsage().maxRSS) / 1024);
		},
	};
}
