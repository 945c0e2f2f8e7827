import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { sampleProcessTree, treeResidentKb } from "../../scripts/bench/process-tree.ts";

describe("process tree usage", () => {
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

	it.runIf(process.platform === "linux")(
		"counts a child's CPU time before the child is waited for",
		async () => {
			const usage = sampleProcessTree(20);
			// A child that uses 0.5 s of CPU, says so, then waits to be killed.
			const child = spawn(
				process.execPath,
				[
					"-e",
					"const t = () => process.cpuUsage().user / 1e6; while (t() < 0.5); console.log('done'); setInterval(() => {}, 1000);",
				],
				{ stdio: ["ignore", "pipe", "inherit"] },
			);
			try {
				await once(child.stdout, "data");
				await new Promise((done) => setTimeout(done, 100));
				expect(usage.lap().cpuSeconds).toBeGreaterThan(0.4);
			} finally {
				child.kill();
				usage.stop();
			}
		},
		30_000,
	);
});
