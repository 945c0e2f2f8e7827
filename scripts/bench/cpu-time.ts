/**
 * CPU seconds (user + system) used by this process and by the child processes it has waited for
 * (Pagefind's indexer, once closed). On a shared machine this varies far less than wall time.
 * Linux only (/proc/self/stat, in clock ticks of 1/100 s); elsewhere this process's own time.
 */
import { existsSync, readFileSync } from "node:fs";

const TICKS_PER_SECOND = 100;

export function cpuSeconds(): number {
	if (!existsSync("/proc/self/stat")) {
		const { user, system } = process.cpuUsage();
		return (user + system) / 1e6;
	}
	// Fields after the command name (which may hold spaces, so split after its closing parenthesis).
	const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]?.split(" ") ?? [];
	// utime, stime, cutime, cstime: fields 14–17 of the line, 11–14 counting from the state after the name.
	const ticks = [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index] ?? 0), 0);
	return ticks / TICKS_PER_SECOND;
}
