import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync("node_modules/axe-core/axe.min.js", "utf8");

/** axe-core's WCAG 2.1 A/AA and best-practice violations on the page, as `rule: targets` lines. */
export async function axeViolations(page: Page): Promise<string[]> {
	// Evaluated through the DevTools protocol, so the page's CSP (rightly) has no say.
	await page.evaluate(AXE_SOURCE);
	return page.evaluate(async () => {
		type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
		const axe = (window as unknown as { axe: { run: (options: object) => Promise<Result> } }).axe;
		const result = await axe.run({
			runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa", "best-practice"] },
		});
		return result.violations.map(
			(violation) =>
				`${violation.id}: ${violation.nodes
					.map((node) => node.target.join(" "))
					.slice(0, 3)
					.join(", ")}`,
		);
	});
}
