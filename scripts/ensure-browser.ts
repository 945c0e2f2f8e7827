/**
 * Makes sure the browser tests have what they need: Debian's Chromium and a CJK font (so screenshots
 * show Chinese). On Debian as root it installs them with apt-get; elsewhere it says what to do.
 * Set CHROMIUM_PATH to use another Chromium or Chrome binary.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

function hasCjkFont(): boolean {
	try {
		return execFileSync("fc-list", [":lang=zh"], { encoding: "utf8" }).trim().length > 0;
	} catch {
		return false;
	}
}

function canApt(): boolean {
	return process.platform === "linux" && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
}

const chromium = process.env["CHROMIUM_PATH"] ?? DEFAULT_CHROMIUM;
const missing = [...(existsSync(chromium) ? [] : ["chromium"]), ...(hasCjkFont() ? [] : ["fonts-noto-cjk"])];

if (missing.length === 0) {
	console.log(`浏览器测试环境就绪：${chromium}`);
} else if (process.env["CHROMIUM_PATH"] === undefined && canApt()) {
	console.log(`安装浏览器测试所需的 Debian 软件包：${missing.join(" ")}`);
	const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
	execFileSync("apt-get", ["update"], { stdio: "inherit", env });
	execFileSync("apt-get", ["install", "-y", "--no-install-recommends", ...missing], {
		stdio: "inherit",
		env,
	});
} else if (missing.includes("chromium")) {
	console.error(
		`找不到 Chromium（${chromium}）。请安装 Chromium 或 Chrome，并用 CHROMIUM_PATH=/path/to/chrome npm test 指定它。`,
	);
	process.exit(1);
} else {
	console.warn("未找到中文字体：测试照常运行，但截图中的汉字可能显示为方块。");
}
