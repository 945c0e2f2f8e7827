import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * Values kept as JSON files under `dir`, one per key (`dir/ab/abcdef….json`). Writes go to a
 * temporary file that is then renamed, so a reader never sees half a file, even from a build that
 * was killed. A file that is missing, unreadable, not JSON or not the expected shape reads as a
 * miss: the caller recomputes it and the next write replaces it.
 */
export interface JsonFileCache<T> {
	read(key: string): Promise<T | undefined>;
	write(key: string, value: T): Promise<void>;
}

const KEY = /^[0-9a-f]{8,}$/;

export function jsonFileCache<T>(
	dir: string,
	isValue: (value: unknown) => value is T,
	onWriteError: (error: unknown) => void = () => undefined,
): JsonFileCache<T> {
	const fileOf = (key: string) => {
		if (!KEY.test(key)) throw new Error(`缓存键必须是十六进制散列：${key}`);
		return join(dir, key.slice(0, 2), `${key}.json`);
	};
	const made = new Set<string>();
	let writes = 0;
	return {
		async read(key) {
			try {
				const value: unknown = JSON.parse(await readFile(fileOf(key), "utf8"));
				return isValue(value) ? value : undefined;
			} catch {
				return undefined;
			}
		},
		async write(key, value) {
			const file = fileOf(key);
			const shard = join(file, "..");
			const temporary = `${file}.${process.pid}.${writes++}.tmp`;
			try {
				if (!made.has(shard)) {
					await mkdir(shard, { recursive: true });
					made.add(shard);
				}
				await writeFile(temporary, JSON.stringify(value));
				await rename(temporary, file);
			} catch (error) {
				await rm(temporary, { force: true }).catch(() => undefined);
				onWriteError(error);
			}
		},
	};
}
