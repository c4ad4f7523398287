import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
await page.setContent(`<div id=a style="height:100px;background:red">a</div><p style="height:300px">text text text</p><script>requestAnimationFrame(()=>requestAnimationFrame(()=>{document.getElementById('a').style.height='300px'; document.body.dataset.ready='1'}))</script>`);
await page.waitForSelector('body[data-ready]');
const shift = await page.evaluate(() => new Promise<number>((resolve) => {
  requestAnimationFrame(() => requestAnimationFrame(() => {
    const observer = new PerformanceObserver(() => {});
    observer.observe({ type: 'layout-shift', buffered: true });
    const shifts = observer.takeRecords() as unknown as { value: number }[];
    observer.disconnect();
    resolve(shifts.reduce((t, e) => t + e.value, 0));
  }));
}));
console.log('shift', shift);
await browser.close();
