/**
 * Watches every page a browser test opens, for what must never happen on the site:
 * - a Content Security Policy violation (the `securitypolicyviolation` event, and the browser's
 *   console message, which also comes when JavaScript is off), or a security header the browser
 *   could not read;
 * - a request to another origin than the test server;
 * - a cookie.
 * useSite() in browser.ts wraps the browser with this, and fails each test that saw any of them.
 * A test tool that must run inside the page (axe-core, say) goes in with page.evaluate(source), which
 * the policy does not cover; page.addScriptTag() adds an inline script, which the policy blocks.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** What Chromium logs when a policy blocks something, or cannot read one of the security headers. */
const POLICY_CONSOLE =
  /Content Security Policy|Refused to (load|execute|apply|connect|frame|create)|Permissions-Policy|Referrer Policy/i;

/** Runs in each page before its own scripts. Playwright's init scripts are not bound by the page's CSP. */
const RECORDER = `document.addEventListener('securitypolicyviolation', (e) => {
  window.__handbokCspViolation(e.violatedDirective + ' blokkerte ' + (e.blockedURI || 'inline') + (e.sample ? ' «' + e.sample + '»' : '') + ' i ' + e.sourceFile + ':' + e.lineNumber);
});`;

export class Guard {
  private seen: string[] = [];
  private pending: Promise<unknown>[] = [];
  private open = new Set<BrowserContext>();

  private readonly origin: () => string;

  /** `origin`: the test server's origin, once it is known. */
  constructor(origin: () => string) {
    this.origin = origin;
  }

  /** Everything seen since the last call, and forgets it. */
  async take(): Promise<string[]> {
    await Promise.all(this.pending.splice(0));
    for (const context of this.open) await this.checkCookies(context);
    return this.seen.splice(0);
  }

  /** A browser whose newContext() and newPage() come watched. Everything else is the browser itself. */
  wrap(browser: Browser): Browser {
    return new Proxy(browser, {
      get: (target, prop) => {
        if (prop === 'newContext')
          return async (...args: Parameters<Browser['newContext']>) => this.watch(await target.newContext(...args));
        if (prop === 'newPage') return (...args: Parameters<Browser['newPage']>) => this.newPage(target, ...args);
        const value = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }

  /** Like browser.newPage(): a page in a context of its own, closed with the page. */
  private async newPage(browser: Browser, ...args: Parameters<Browser['newPage']>): Promise<Page> {
    const context = await this.watch(await browser.newContext(...args));
    const page = await context.newPage();
    page.on('close', () => void this.track(context.close()));
    return page;
  }

  private async watch(context: BrowserContext): Promise<BrowserContext> {
    await context.exposeBinding(
      '__handbokCspViolation',
      (_source, text: string) => void this.seen.push(`CSP: ${text}`),
    );
    await context.addInitScript(RECORDER);
    context.on('console', (message) => {
      if (POLICY_CONSOLE.test(message.text())) this.seen.push(`CSP i konsollen: ${message.text()}`);
    });
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== this.origin())
        this.seen.push(`Forespørsel til en annen vert: ${request.url()}`);
    });
    // Look for cookies before the context goes away, whether a test closes it or the page that owns it.
    this.open.add(context);
    const close = context.close.bind(context);
    context.close = async (options) => {
      this.open.delete(context);
      await this.checkCookies(context);
      return close(options);
    };
    return context;
  }

  /** Reports cookies and removes them, so that one cookie fails one test, not every test after it. */
  private async checkCookies(context: BrowserContext): Promise<void> {
    const cookies = await context.cookies().catch(() => []);
    for (const c of cookies) this.seen.push(`Informasjonskapsel satt: ${c.name} (${c.domain})`);
    if (cookies.length) await context.clearCookies().catch(() => undefined);
    // A cookie a script has just set may not have reached the browser's cookie store yet (seen on a
    // busy machine), but the page itself already reads it: ask every open page too.
    const known = new Set(cookies.map((c) => c.name));
    const pages = await Promise.all(context.pages().map((p) => p.evaluate(() => document.cookie).catch(() => '')));
    for (const name of pages.flatMap((text) => text.split(';').map((pair) => pair.split('=')[0]!.trim()))) {
      if (!name || known.has(name)) continue;
      known.add(name);
      this.seen.push(`Informasjonskapsel satt: ${name} (document.cookie)`);
    }
  }

  private track(promise: Promise<unknown>): void {
    this.pending.push(promise.catch(() => undefined));
  }
}
