import { type BigIntStats, statSync } from "node:fs";

/**
 * A file's size, modification time (ns) and inode. Writing or replacing the file changes it;
 * reading does not. The same stamp means the same bytes, for files a build writes once each (two
 * writes of the same size within one tick of the file system's clock would look alike).
 */
export function stampOf(stat: BigIntStats): string {
	return `${stat.size} ${stat.mtimeNs} ${stat.ino}`;
}

/** The stamp of the file at `path`, or undefined when there is none. */
export function fileStamp(path: string): string | undefined {
	try {
		return stampOf(statSync(path, { bigint: true }));
	} catch {
		return undefined;
	}
}
