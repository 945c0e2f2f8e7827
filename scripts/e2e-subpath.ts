/**
 * Runs the browser tests once more against a build made for a sub-path (`BASE_PATH=/kb/`), served
 * with its `_headers` (CSP on), as many static hosts serve a site below the root.
 */
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";

const ROOT = "tests/.tmp/subpath";
const BASE = "/kb/";
const env = { ...process.env, BASE_PATH: BASE, ASTRO_CACHE_DIR: `${ROOT}-cache` };
rmSync(ROOT, { recursive: true, force: true });
const run = (command: string, args: string[], extra: Record<string, string> = {}) =>
	execFileSync(command, args, { stdio: "inherit", env: { ...env, ...extra } });
run("npx", ["--no", "astro", "build", "--outDir", `${ROOT}/kb`]);
run(process.execPath, ["scripts/build-search-index.ts", `${ROOT}/kb`]);
run(process.execPath, ["scripts/build-offline.ts", `${ROOT}/kb`]);
run("npx", ["--no", "vitest", "run", "--project", "e2e"], { E2E_ROOT: ROOT, E2E_BASE: BASE });
