/**
 * Browser and HTML tests of the generated course site.
 *
 * <p>The real course is built once per test JVM with {@code coursegen build} into
 * {@code target/browser-site/shared-fork<N>/} (kept for opening by hand), served
 * with {@link io.coursegen.browser.StaticServer} under a sub-path, and driven in
 * one Debian Chromium through Playwright ({@link io.coursegen.browser.Chromium});
 * {@link io.coursegen.browser.SharedBrowser} hands both to every browser test
 * class, and each test opens its own browser contexts.
 * {@link io.coursegen.browser.PageProbe} records console errors, script errors,
 * failed requests and requests leaving the site; {@link io.coursegen.browser.Axe}
 * runs axe-core; {@link io.coursegen.browser.NuHtml} runs the Nu Html Checker.
 * Screenshots land in {@code target/screenshots/} for people to look at.
 * {@code BrowserHarness_SelfTest} checks that these checkers do catch problems.
 *
 * <p>To cover a new kind of page, add a {@link io.coursegen.browser.PageKind} and
 * its case in {@link io.coursegen.browser.BuiltSite#path}; {@code Site_BrowserTest}
 * then checks it at both widths in both themes. To test a new interaction, extend
 * {@link io.coursegen.browser.BrowserTestSupport} (or add a method to an existing
 * {@code Site_*Test}) and start from {@code open(PageKind, width)}, which returns
 * the page with its probe attached; end with {@code probe().assertClean(...)}.
 *
 * <p>Run them with {@code mvn -o test -Dtest='Site_*'}; leave the browser ones out
 * with {@code -DexcludedGroups=browser}.
 */
package io.coursegen.browser;
