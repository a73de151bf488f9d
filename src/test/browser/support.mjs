// What the browser tests share: the service's API (read and, as the admin, write), pages that record console
// errors, screenshots, and the runner that prints one line per test and, last, "N passed, M failed".
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '..', '..', '..');
export const SCREENSHOTS = path.resolve(process.env.SCREENSHOT_DIR || path.join(ROOT, 'target', 'screenshots'));
export const BASE = (process.env.QITDB_URL || '').replace(/\/+$/, '');
export const ADMIN_TOKEN = process.env.QITDB_ADMIN_TOKEN || '';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TEST_TIMEOUT_MS = 120_000;

const tests = [];
export const test = (name, fn) => tests.push({ name, fn });
export const consoleErrors = [];
let browser;

/** A request to a service's API: JSON in and out; a token when given. */
export async function call(method, pathAndQuery, { body, token, base = BASE, expect } = {}) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${base}/api/v1${pathAndQuery}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  if (expect !== undefined) {
    assert.equal(response.status, expect, `${method} /api/v1${pathAndQuery} answered ${response.status}: ${text.slice(0, 300)}`);
  } else {
    assert.ok(response.ok, `${method} /api/v1${pathAndQuery} answered ${response.status}: ${text.slice(0, 300)}`);
  }
  return text ? JSON.parse(text) : null;
}

export const api = (pathAndQuery, options = {}) => call('GET', pathAndQuery, options);
export const admin = (method, pathAndQuery, body, options = {}) => call(method, pathAndQuery, { body, token: ADMIN_TOKEN, ...options });

/**
 * A page that records console errors, failed requests and uncaught exceptions in {@code consoleErrors}.
 * {@code conflictsExpected}: a test that provokes a 409 on purpose (the page shows it; the browser logs its status).
 * {@code failingRequests}: the URLs (a RegExp) a test makes fail on purpose; the browser's lines about them are expected.
 */
export async function newPage({ width = 1366, height = 900, isMobile = false, conflictsExpected = false, failingRequests = null } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, isMobile, hasTouch: isMobile, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('console', (message) => {
    if (message.type() === 'error' && !(conflictsExpected && /status of 409/.test(message.text()))
      && !failingRequests?.test(message.location()?.url || '')) {
      consoleErrors.push(`${page.url()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: uncaught ${error.message}`));
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText || '';
    // a navigation or refinement that supersedes a request may abort it: that is not an error of the page
    if (!failure.includes('ERR_ABORTED') && !failingRequests?.test(request.url())) consoleErrors.push(`${page.url()}: request failed ${request.url()} ${failure}`);
  });
  return page;
}

export async function closePage(page) {
  await page.context().close();
}

export async function screenshot(page, name, { fullPage = true } = {}) {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });
}

export async function run() {
  if (!BASE) {
    console.error('Set QITDB_URL to the base URL of a running qitdb, e.g. http://127.0.0.1:8080');
    console.log('0 passed, 1 failed');
    process.exit(2);
  }
  await mkdir(SCREENSHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  let passed = 0;
  let failed = 0;
  try {
    for (const [index, { name, fn }] of tests.entries()) {
      const started = Date.now();
      let timer;
      try {
        await Promise.race([fn(), new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${TEST_TIMEOUT_MS / 1000}s`)), TEST_TIMEOUT_MS);
        })]);
        passed += 1;
        console.log(`ok ${index + 1} - ${name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed += 1;
        console.log(`not ok ${index + 1} - ${name}`);
        console.log(String(error?.stack || error).split('\n').map((line) => `  # ${line}`).join('\n'));
      } finally {
        clearTimeout(timer);
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
