// Drives the dashboard in Debian's headless Chromium (playwright-core, no browser download):
// loads it, counts map markers, opens a marker's popup, opens an event that has a
// contradiction and checks the event page shows it with quotes; saves two screenshots.
//
//   node tests/browser/dashboard.mjs URL OUTDIR [EVENT_ID]
//
// Prints one JSON line with what it saw; exits 1 when a check fails.
import { chromium } from "playwright-core";
import fs from "node:fs";
import path from "node:path";

const [url, outDir, wantedEvent] = process.argv.slice(2);
if (!url || !outDir) {
  console.error("usage: node dashboard.mjs URL OUTDIR [EVENT_ID]");
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });
const origin = new URL(url).origin;
const seen = { markers: 0, rows: 0, popup: false, event: null, contradictions: 0, quotes: 0,
               console_errors: [], offsite_requests: [], failed_requests: [] };
const problems = [];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(15000);
  page.on("console", (msg) => { if (msg.type() === "error") seen.console_errors.push(msg.text()); });
  page.on("pageerror", (err) => seen.console_errors.push(String(err)));
  page.on("request", (req) => {
    const u = req.url();
    if (!u.startsWith(origin) && !u.startsWith("data:")) seen.offsite_requests.push(u);
  });
  page.on("requestfailed", (req) => seen.failed_requests.push(req.url()));

  await page.goto(url, { waitUntil: "load" });
  await page.waitForSelector("path.ef-marker");
  await page.waitForSelector("#list tbody tr.event-row");
  await page.waitForSelector(".leaflet-outlines-pane path", { state: "attached" }); // outlines
  await page.waitForTimeout(300); // let fitBounds settle before the picture
  seen.markers = await page.locator("path.ef-marker").count();
  seen.rows = await page.locator("#list tbody tr.event-row").count();
  seen.timeline_bars = await page.locator("#timeline-svg rect.bar").count();
  seen.outlines = await page.locator(".leaflet-outlines-pane path").count();
  await page.screenshot({ path: path.join(outDir, "dashboard.png") });

  // hovering rows opens the markers' tooltips: data must show as text, never run as HTML
  const rows = page.locator("#list tbody tr.event-row");
  for (let i = 0; i < Math.min(30, seen.rows); i += 1) await rows.nth(i).hover();
  seen.injected = await page.evaluate(() => Boolean(document.querySelector("#pwn")) || window.__pwned === 1);

  // a marker opens a popup with a link to its event
  await page.locator("path.ef-marker").first().click({ force: true });
  await page.waitForSelector(".leaflet-popup a.open-event");
  seen.popup = true;
  await page.keyboard.press("Escape");

  // open an event with a contradiction from the list
  const row = wantedEvent
    ? page.locator(`#list tbody tr.event-row[data-id="${wantedEvent}"]`)
    : page.locator('#list tbody tr.event-row:not([data-contradictions="0"])').first();
  if (await row.count() === 0) {
    problems.push(wantedEvent ? `no row for event ${wantedEvent}` : "no event with a contradiction");
  } else {
    seen.event = await row.getAttribute("data-id");
    await row.click();
    await page.waitForSelector("#event-view .contradiction");
    await page.waitForSelector("#event-view table.fields q");
    seen.contradictions = await page.locator("#event-view .contradiction").count();
    seen.quotes = await page.locator("#event-view table.fields q").count();
    seen.chains = await page.locator("#event-view .chain").count();
    seen.title = await page.locator("#event-view h1").textContent();
    seen.raw_objects = (await page.locator("#event-view").textContent()).includes("[object ");
    await page.waitForTimeout(300);
    await page.setViewportSize({ width: 1440, height: 1300 });
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(outDir, "event.png") });
    // the article text opens with its quotes highlighted
    await page.locator("#event-view .article button").first().click();
    await page.waitForSelector("#event-view .article .text mark");
    seen.highlights = await page.locator("#event-view .article .text mark").count();

    // back to the overview, filtered to the type of that event: only that type remains
    const eventType = await page.locator("#event-view .chips .chip").first().textContent();
    await page.locator("#event-view a.back").click();
    await page.waitForSelector("#overview:not([hidden]) path.ef-marker");
    await page.selectOption("#filters select[name=event_type]", eventType.trim());
    await page.locator("#filters button[type=submit]").click();
    await page.waitForFunction((t) => {
      const marks = [...document.querySelectorAll("path.ef-marker")];
      return marks.length > 0 && marks.every((m) => m.dataset.eventType === t)
        && location.hash.includes("event_type=");
    }, eventType.trim());
    seen.filtered_type = eventType.trim();
    seen.filtered_markers = await page.locator("path.ef-marker").count();
    seen.filtered_rows = await page.locator("#list tbody tr.event-row").count();
  }
} catch (err) {
  problems.push(String(err && err.message ? err.message : err).split("\n")[0]);
} finally {
  await browser.close();
}

if (seen.markers < 1) problems.push("no marker on the map");
if (seen.injected) problems.push("text from the data was run as HTML");
if (seen.raw_objects) problems.push("the event page shows '[object ...]'");
if (!seen.popup) problems.push("no popup");
if (seen.contradictions < 1) problems.push("no contradiction shown");
if (seen.quotes < 1) problems.push("no quote shown");
if (seen.offsite_requests.length) problems.push(`requests left the server: ${seen.offsite_requests.join(", ")}`);
if (seen.console_errors.length) problems.push(`console errors: ${seen.console_errors.join(" | ")}`);
seen.problems = problems;
console.log(JSON.stringify(seen));
process.exit(problems.length ? 1 : 0);
