import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_END = Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/**
 * Finished cards on disk, one `<key>.png` each, so a second build copies instead of drawing. Files
 * are written under a temporary name and renamed, so an interrupted build leaves no half card; a
 * file that is not a whole PNG anyway (changed by hand, disk trouble) counts as missing and is redrawn.
 */
export class CardCache {
	readonly dir: string;
	#made: Promise<unknown> | undefined;
	#listed: Promise<Set<string>> | undefined;

	constructor(dir: string) {
		this.dir = dir;
	}

	async read(key: string): Promise<Buffer | undefined> {
		const file = this.#file(key);
		// One directory listing instead of a failed open per card that was never drawn.
		this.#listed ??= readdir(this.dir).then(
			(names) => new Set(names),
			() => new Set<string>(),
		);
		if (!(await this.#listed).has(basename(file))) return undefined;
		try {
			const png = await readFile(file);
			return isWholePng(png) ? png : undefined;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
			throw error;
		}
	}

	async write(key: string, png: Buffer): Promise<void> {
		this.#made ??= mkdir(this.dir, { recursive: true });
		await this.#made;
		const temporary = `${this.#file(key)}.${process.pid}.tmp`;
		await writeFile(temporary, png);
		await rename(temporary, this.#file(key));
		(await this.#listed)?.add(basename(this.#file(key)));
	}

	#file(key: string): string {
		if (!/^[0-9a-f]+$/.test(key)) throw new Error(`卡片缓存的键只能是十六进制：${key}`);
		return join(this.dir, `${key}.png`);
	}
}

/** Starts with the PNG signature and ends with the IEND chunk. */
export function isWholePng(data: Buffer): boolean {
	return (
		data.length > PNG_SIGNATURE.length + PNG_END.length &&
		data.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE) &&
		data.subarray(data.length - PNG_END.length).equals(PNG_END)
	);
}
