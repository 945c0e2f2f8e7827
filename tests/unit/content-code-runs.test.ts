import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Code } from "mdast";
import { visit } from "unist-util-visit";
import { afterAll, describe, expect, it } from "vitest";
import { collectEntries } from "../../src/content-lint/collect.ts";

// The site's own examples must run as written. Imported entries (from owners' raw documents) are
// only checked to compile, by `npm run lint:content`.
const entries = (await collectEntries("content")).filter((entry) => entry.data?.["imported"] === undefined);
const examples = entries.flatMap((entry) => {
	const found: { name: string; code: string }[] = [];
	visit(entry.tree, "code", (node: Code) => {
		if (node.lang === "python")
			found.push({ name: `${entry.path}:${node.position?.start.line}`, code: node.value });
	});
	return found;
});
const hasNumpy = spawnSync("python3", ["-c", "import numpy"]).status === 0;
const workdir = mkdtempSync(join(tmpdir(), "examples-"));
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

describe("every Python example in the site's content", () => {
	it("has examples to run", () => {
		expect(examples.length).toBeGreaterThanOrEqual(entries.length / 2);
	});

	// A generous limit: on a busy 2-core machine numpy's import alone can take seconds.
	it.for(examples)("$name runs and exits 0", { timeout: 90_000 }, ({ code }, { skip }) => {
		skip(!hasNumpy && /^\s*(import numpy|from numpy)/m.test(code), "python3 here has no numpy");
		const result = spawnSync("python3", ["-c", code], { cwd: workdir, encoding: "utf8", timeout: 60_000 });
		expect(result.stderr).toBe("");
		expect(result.status).toBe(0);
		expect(result.stdout.trim()).not.toBe("");
	});
});
