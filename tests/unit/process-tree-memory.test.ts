import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { treeResidentKb } from "../../scripts/bench/process-tree-memory.ts";

describe("treeResidentKb", () => {
	it.runIf(process.platform === "linux")("counts the memory of a child process too", async () => {
		const before = treeResidentKb(process.pid);
		// A child that holds 200 MB, says so, then waits to be killed.
		const child = spawn(
			process.execPath,
			[
				"-e",
				"globalThis.b = Buffer.alloc(200 * 1024 * 1024, 1); console.log('ready'); setInterval(() => {}, 1000);",
			],
			{ stdio: ["ignore", "pipe", "inherit"] },
		);
		try {
			await once(child.stdout, "data");
			const during = treeResidentKb(process.pid);
			expect(during - before).toBeGreaterThan(150 * 1024);
		} finally {
			child.kill();
		}
	});
});
