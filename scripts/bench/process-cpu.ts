import { readFileSync } from "node:fs";

/** Clock ticks per second in /proc (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system) this process has used, with its worker threads and the children it
 * has waited for (Pagefind's indexer). Unlike wall time it hardly depends on what else the machine
 * is doing. Linux reads /proc/self/stat; elsewhere only this process counts.
 */
export function cpuSeconds(): number {
	try {
		// Fields after the command name (which may hold spaces), from field 3 (state) on.
		const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]?.split(" ") ?? [];
		// utime, stime, cutime, cstime are fields 14–17, i.e. 11–14 here.
		const ticks = [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index] ?? 0), 0);
		return ticks / TICKS_PER_SECOND;
	} catch {
		const { user, system } = process.cpuUsage();
		return (user + system) / 1e6;
	}
}
