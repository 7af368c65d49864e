import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpus } from "@imagegen-conformance/fixtures";
import { harness, RunLog, runConformance } from "@imagegen-conformance/runner";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { collectReport } from "../src/read/collect-report.js";
import { renderHtml } from "../src/render/html.js";

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const member = new URL("../../runner/test/e2e/zoo/member.mjs", import.meta.url).pathname;
const screenshots = new URL("../../../reports/screenshots/", import.meta.url).pathname;

describe.skipIf(!existsSync(executablePath))("the HTML report in headless Chromium", () => {
  it("shows the matrix, drills down to a failing case, keeps hostile content inert, and is screenshotted", async () => {
    const directory = mkdtempSync(join(tmpdir(), "html-report-"));
    const shown = ["ImageGenToolCall", "StatusRequestEnum3", "ImageGenCallGeneratingEvent"];
    const cases = loadCorpus().filter((testCase) => shown.includes(testCase.shape));
    const log = new RunLog(join(directory, "run.jsonl"));
    await runConformance({
      targets: [harness({ command: `${process.execPath} ${member} reference` }), harness({ command: `${process.execPath} ${member} reject-everything` })],
      cases,
      seed: 3,
      log,
    });
    log.close();
    const page = join(directory, "report.html");
    writeFileSync(page, renderHtml(await collectReport([log.path])));

    const browser = await chromium.launch({
      executablePath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    try {
      const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const dialogs: string[] = [];
      tab.on("dialog", async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await tab.goto(`file://${page}`);
      // The matrix: a column per implementation, a row per shape and check.
      const headers = await tab.locator("#matrix tr").first().locator("th").allTextContents();
      expect(headers).toEqual(["shape · check", "zoo-reference@0.1.0 · catalogue", "zoo-reject-everything@0.1.0 · catalogue"]);
      const cell = tab.locator('#matrix td[data-implementation="zoo-reject-everything@0.1.0 · catalogue"][data-row="ImageGenToolCall decode"]');
      await expect.poll(() => cell.getAttribute("class")).toBe("fail");
      expect(
        await tab.locator('#matrix td[data-implementation="zoo-reference@0.1.0 · catalogue"][data-row="ImageGenToolCall decode"]').getAttribute("class"),
      ).toBe("pass");
      // The reference declares numbers: double, and 2^53+1 comes back as 2^53: those passes show as allowed, never as plain passes.
      const allowed = tab.locator('#matrix td[data-implementation="zoo-reference@0.1.0 · catalogue"][data-row="ImageGenCallGeneratingEvent decode"]');
      expect(await allowed.getAttribute("class")).toBe("allowed");
      expect(await allowed.textContent()).toMatch(/^\d+\/\d+ \(\d+ allowed\)$/);
      expect(await tab.locator("#legend").textContent()).toContain("only as the declared profile allows");
      mkdirSync(screenshots, { recursive: true });
      await tab.screenshot({ path: join(screenshots, "report-matrix.png"), fullPage: true });
      // The drill-down lists the failing cases with input, expectation, reason and the command that replays it.
      await cell.click();
      const drilldown = tab.locator("#drilldown");
      await expect.poll(() => drilldown.locator("article").count()).toBeGreaterThan(5);
      const hostile = drilldown.locator("article", { hasText: "json/hostile-markup-in-strings" });
      expect(await hostile.count()).toBe(1);
      const text = await hostile.innerText();
      expect(text).toContain("rejected a valid value");
      expect(text).toContain("<script>document.title='pwned'</script>");
      expect(text).toContain("imagegen-conformance replay reproducers/zoo-reject-everything@0.1.0_catalogue/json_hostile-markup-in-strings");
      // Inert: no element was made from the markup, nothing ran.
      expect(await drilldown.locator("img, script").count()).toBe(0);
      expect(await tab.title()).toBe("imagegen-conformance report");
      expect(dialogs).toEqual([]);
      await hostile.scrollIntoViewIfNeeded();
      await tab.screenshot({ path: join(screenshots, "report-drilldown.png") });
    } finally {
      await browser.close();
    }
  });
});
