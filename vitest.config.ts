import { defineConfig } from "vitest/config";

/**
 * Three suites: `unit` (pure code, no build), `build` (asserts on the HTML in dist/) and
 * `e2e` (Debian's Chromium over dist/ served on localhost). The last two need `npm run build` first.
 */
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: "unit",
					include: ["tests/unit/**/*.test.ts"],
					// Some run the content linter over every entry or spawn the importer: seconds, not milliseconds.
					testTimeout: 30_000,
				},
			},
			{
				test: {
					name: "build",
					include: ["tests/build/**/*.test.ts"],
					// Tests walk every built page (hundreds of files); a slower CI machine needs more than 5 s.
					testTimeout: 60_000,
					hookTimeout: 300_000,
					// Some files run their own builds; one at a time keeps the machine's two cores for them.
					fileParallelism: false,
				},
			},
			{
				test: {
					name: "e2e",
					include: ["tests/e2e/**/*.test.ts"],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false,
				},
			},
		],
	},
});
