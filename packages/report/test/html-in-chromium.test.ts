import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpus } from "@imagegen-conformance/fixtures";
import { behaviourClasses, classInfo, harness, RunLog, runConformance } from "@imagegen-conformance/runner";
import { type Browser, chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { collectReport } from "../src/read/collect-report.js";
import { renderHtml } from "../src/render/html.js";

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const member = new URL("../../runner/test/e2e/zoo/member.mjs", import.meta.url).pathname;
const screenshots = new URL("../../../reports/screenshots/", import.meta.url).pathname;
const shown = ["ImageGenToolCall", "StatusRequestEnum3", "ImageGenCallGeneratingEvent"];

const launch = () =>
  chromium.launch({
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

/** Runs zoo members over the shapes above and renders the report; `rewrite` may change the log's lines first. */
async function zooReport(members: readonly string[], rewrite?: (lines: string[]) => string[]): Promise<string> {
  const directory = mkdtempSync(join(tmpdir(), "html-report-"));
  const cases = loadCorpus().filter((testCase) => shown.includes(testCase.shape));
  const log = new RunLog(join(directory, "run.jsonl"));
  await runConformance({ targets: members.map((name) => harness({ command: `${process.execPath} ${member} ${name}` })), cases, seed: 3, log });
  log.close();
  if (rewrite) writeFileSync(log.path, `${rewrite(readFileSync(log.path, "utf8").trimEnd().split("\n")).join("\n")}\n`);
  const page = join(directory, "report.html");
  writeFileSync(page, renderHtml(await collectReport([log.path])));
  return page;
}

/**
 * Copies of members' records as further releases of them: the same answers under `<name>@<version>`, so one SDK
 * shows at several versions in the charts. Every copy is a record the log schema accepts (collectReport checks).
 */
const withReleases = (releases: Record<string, readonly string[]>) => (lines: string[]) => {
  const footer = lines.findIndex((line) => JSON.parse(line).type === "footer");
  const copies = Object.entries(releases).flatMap(([name, versions]) => {
    const own = lines.slice(0, footer).filter((line) => JSON.parse(line).implementation === `${name}@0.1.0 · catalogue`);
    return versions.flatMap((version) =>
      own.map((line) => {
        const record = JSON.parse(line);
        record.implementation = `${name}@${version} · catalogue`;
        if (record.description) record.description.version = version;
        return JSON.stringify(record);
      }),
    );
  });
  return [...lines.slice(0, footer), ...copies, ...lines.slice(footer)];
};

describe.skipIf(!existsSync(executablePath))("the HTML report in headless Chromium", () => {
  it("keeps the results matrix and its drill-down to a failing case, keeps hostile content inert, and is screenshotted", async () => {
    const page = await zooReport(["reference", "reject-everything"]);
    const browser: Browser = await launch();
    try {
      const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const dialogs: string[] = [];
      tab.on("dialog", async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await tab.goto(`file://${page}`);
      // The results matrix: a numbered column per implementation (its label the title), a row per shape and check.
      const headers = tab.locator("#results-matrix tr").first().locator("th");
      expect(await headers.allTextContents()).toEqual(["shape · check", "1", "2"]);
      expect(await headers.nth(2).getAttribute("title")).toBe("zoo-reject-everything@0.1.0 · catalogue");
      const cell = tab.locator('#results-matrix td[data-implementation="zoo-reject-everything@0.1.0 · catalogue"][data-row="ImageGenToolCall decode"]');
      await expect.poll(() => cell.getAttribute("class")).toBe("fail");
      expect(
        await tab
          .locator('#results-matrix td[data-implementation="zoo-reference@0.1.0 · catalogue"][data-row="ImageGenToolCall decode"]')
          .getAttribute("class"),
      ).toBe("pass");
      // The reference declares numbers: double, and 2^53+1 comes back as 2^53: those passes show as allowed, never as plain passes.
      const allowed = tab.locator('#results-matrix td[data-implementation="zoo-reference@0.1.0 · catalogue"][data-row="ImageGenCallGeneratingEvent decode"]');
      expect(await allowed.getAttribute("class")).toBe("allowed");
      expect(await allowed.textContent()).toMatch(/^\d+\/\d+ \(\d+ allowed\)$/);
      expect(await tab.locator("#results-legend").textContent()).toContain("only as the declared profile allows");
      mkdirSync(screenshots, { recursive: true });
      await tab.screenshot({ path: join(screenshots, "report-matrix.png"), fullPage: true });
      // The drill-down lists the failing cases with input, expectation, reason and the command that replays it.
      await cell.click();
      const drilldown = tab.locator("#results-drilldown");
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

  it("leads with the behaviour matrix of sixteen entries, fits 1,440 px, filters, drills down, and charts versions", async () => {
    // Eleven members (one with a hostile name) and five later releases of three of them: sixteen entries.
    const members = [
      "reference",
      "reject-everything",
      "accept-everything",
      "drop-fields",
      "drop-fields-honestly",
      "reorder-keys",
      "drop-null-result",
      "encode-drops-null",
      "note-failures",
      "lying-hello",
      "escape-name",
    ];
    const page = await zooReport(
      members,
      withReleases({ "zoo-drop-fields": ["0.10.0", "0.9.0"], "zoo-reject-everything": ["0.2.0", "1.0.0"], "zoo-accept-everything": ["1.0.0"] }),
    );
    const browser = await launch();
    try {
      const tab = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const dialogs: string[] = [];
      const errors: string[] = [];
      tab.on("dialog", async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      tab.on("pageerror", (error) => errors.push(String(error)));
      await tab.goto(`file://${page}`);
      // Totals first, then the matrix: a numbered column per entry, its full label in the key and the header's title.
      expect(await tab.locator("#totals tbody tr").count()).toBe(16);
      const numbers = tab.locator("#matrix table.behaviours").first().locator("th.number");
      expect(await numbers.count()).toBe(16);
      expect(await tab.locator("#filter-entries label").count()).toBe(16);
      expect(await tab.locator("#filter-entries").innerText()).toContain("zoo-reject-everything@0.2.0 · catalogue");
      // No horizontal scrolling at 1,440 px.
      expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);
      // The legend names every class, by symbol and word, and the markers.
      const legend = await tab.locator("#legend").innerText();
      for (const type of behaviourClasses) expect(legend).toContain(`${classInfo[type].symbol} ${classInfo[type].word}`);
      expect(legend).toContain("⚑");
      expect(legend).toContain("gates");
      // Each cell is a symbol and a word, never colour alone; gating cells are bold and marked; disagreeing rows flagged.
      expect(await tab.locator('#matrix td[data-class="rejects-valid"]').first().textContent()).toMatch(/^⊘ rejects\*?$/);
      expect(await tab.locator("#matrix td.gating").first().textContent()).toMatch(/\*$/);
      expect(await tab.locator("#matrix th.rule", { hasText: "⚑" }).count()).toBeGreaterThan(0);
      // What breaks users comes first, and what every entry gets right is folded away.
      const parts = await tab
        .locator("#matrix .part")
        .evaluateAll((elements) => elements.map((element) => `${element.tagName} ${element.getAttribute("data-section")}`));
      expect(parts[0]).toBe("SECTION breaks");
      if (parts.includes("DETAILS conforms")) expect(parts.at(-1)).toBe("DETAILS conforms");
      mkdirSync(screenshots, { recursive: true });
      await tab.screenshot({ path: join(screenshots, "report-behaviours.png"), fullPage: true });

      // Filter by class: only rows where some entry rejects valid values stay.
      const rows = tab.locator("#matrix tr.rule-row");
      const all = await rows.count();
      await tab.selectOption("#filter-class", { label: "⊘ rejects valid" });
      const kept = tab.locator("#matrix tr.rule-row:not([hidden])");
      const keptRows = await kept.count();
      expect(keptRows).toBeGreaterThan(0);
      expect(keptRows).toBeLessThan(all);
      expect(await kept.evaluateAll((elements) => elements.every((row) => row.querySelector('td[data-class="rejects-valid"]:not([hidden])') !== null))).toBe(
        true,
      );
      expect(
        await tab
          .locator("#matrix tr.rule-row[hidden]")
          .evaluateAll((elements) => elements.every((row) => row.querySelector('td[data-class="rejects-valid"]') === null)),
      ).toBe(true);
      // Gating only, with any class: every row left has a gating cell.
      await tab.selectOption("#filter-class", "");
      await tab.check("#filter-gating");
      expect(await kept.count()).toBeGreaterThan(0);
      expect(await kept.evaluateAll((elements) => elements.every((row) => row.querySelector('td[data-gating="true"]:not([hidden])') !== null))).toBe(true);
      await tab.uncheck("#filter-gating");
      expect(await kept.count()).toBe(all);
      // Filter by entry: its column goes, header and cells.
      await tab.locator('#filter-entries input[value="1"]').uncheck();
      expect(await numbers.first().isHidden()).toBe(true);
      expect(await tab.locator('#matrix td[data-column="1"]:visible').count()).toBe(0);
      await tab.locator('#filter-entries input[value="1"]').check();

      // A cell drills down to the entry's behaviours in that row, with the example and the command that reproduces it.
      const rejecting = tab.locator('#matrix td[data-class="rejects-valid"][title^="zoo-reject-everything@0.1.0 · catalogue"]').first();
      await rejecting.click();
      const drilldown = tab.locator("#drilldown");
      await expect.poll(() => drilldown.locator("article.behaviour").count()).toBeGreaterThan(0);
      const shownText = await drilldown.innerText();
      expect(shownText).toContain("zoo-reject-everything@0.1.0 · catalogue");
      expect(shownText).toContain("⊘ rejects valid");
      expect(shownText).toMatch(/results by class\s+⊘ rejects valid: \d+/);
      expect(shownText).toContain("input");
      expect(shownText).toContain("imagegen-conformance replay reproducers/zoo-reject-everything@0.1.0_catalogue/");
      await tab.screenshot({ path: join(screenshots, "report-behaviour-drilldown.png") });

      // A chart per SDK; one SDK's versions in numeric order (0.9.0 before 0.10.0), each bar said in words too.
      const dropFields = tab.locator("#charts figure", { has: tab.locator("figcaption b", { hasText: /^zoo-drop-fields$/ }) });
      expect(await dropFields.locator("figcaption li").allInnerTexts()).toEqual([
        expect.stringMatching(/^0\.1\.0, entry \d+: /),
        expect.stringMatching(/^0\.9\.0, entry \d+: /),
        expect.stringMatching(/^0\.10\.0, entry \d+: /),
      ]);
      expect(await dropFields.locator("svg rect title").count()).toBeGreaterThan(0);
      expect(await tab.locator("#charts figure").count()).toBe(members.length);

      // The hostile name is text: nothing ran, the title is ours.
      expect(await tab.title()).toBe("imagegen-conformance report");
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
