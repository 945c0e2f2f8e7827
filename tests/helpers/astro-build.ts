import { spawnSync } from "node:child_process";
import { stripVTControlCharacters } from "node:util";

/**
 * Runs `astro build` as a real build would: without the variables Vitest adds (NODE_ENV=test, BASE_URL…).
 * The output is returned without terminal colour codes, which CI machines may force on.
 */
export function astroBuild(outDir: string, env: Record<string, string>): { status: number; output: string } {
	const clean = Object.fromEntries(
		Object.entries(process.env).filter(
			([name]) => !/^(NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST)$/.test(name),
		),
	);
	const result = spawnSync("npx", ["--no", "astro", "build", "--outDir", outDir], {
		env: { ...clean, ASTRO_CACHE_DIR: `${outDir}-cache`, ...env },
		encoding: "utf8",
	});
	return {
		status: result.status ?? 1,
		output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`),
	};
}
