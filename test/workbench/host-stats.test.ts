/** Request statistics and Excel's ~5 MB request payload limit. */
import { createExcelHost, DEFAULT_MAX_REQUEST_BYTES, HostError } from "../../workbench/host";

test("each sync records its payload size and operation count", async () => {
  const host = createExcelHost();
  await host.Excel.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B2").values = [
      [1, 2],
      [3, 4],
    ];
    sheet.getRange("A1").format.font.bold = true;
    await ctx.sync();
    sheet.getRange("A1:B2").load("values");
    await ctx.sync();
  });
  expect(host.stats.syncs).toBe(2);
  expect(host.stats.requests[0].operations).toBe(2);
  expect(host.stats.requests[0].bytes).toBeGreaterThan(
    JSON.stringify([
      [1, 2],
      [3, 4],
    ]).length,
  );
  expect(host.stats.maxRequestBytes).toBe(Math.max(...host.stats.requests.map((r) => r.bytes)));
  host.stats.reset();
  expect(host.stats).toMatchObject({ syncs: 0, requests: [], maxRequestBytes: 0 });
});

test("a sync larger than 5 MB fails with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
  const host = createExcelHost();
  expect(DEFAULT_MAX_REQUEST_BYTES).toBe(5 * 1024 * 1024);
  const rows = 90000;
  const big = Array.from({ length: rows }, (_, i) => [`Tiêu chí ${i} - mô tả khá dài để tăng kích thước`, i, i / 3]);
  let error: HostError | undefined;
  try {
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, rows, 3).values = big;
      await ctx.sync();
    });
  } catch (e) {
    error = e as HostError;
  }
  expect(error?.code).toBe("RequestPayloadSizeLimitExceeded");
  expect(host.stats.requests[0].bytes).toBeGreaterThan(5 * 1024 * 1024);
  expect(host.workbook.sheets[0].cells.size).toBe(0);

  // Chunked writes (what the add-in should do) succeed.
  host.stats.reset();
  await host.Excel.run(async (ctx) => {
    for (let start = 0; start < rows; start += 30000) {
      ctx.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(start, 0, 30000, 3).values = big.slice(start, start + 30000);
      await ctx.sync();
    }
  });
  expect(host.stats.syncs).toBe(3);
  expect(host.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
  expect(host.workbook.sheets[0].cells.size).toBe(rows * 3);
});

test("the limit is configurable", async () => {
  const host = createExcelHost({ maxRequestBytes: 200 });
  await expect(
    host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A20").values = Array.from({ length: 20 }, () => ["0123456789"]);
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
});

test("loading values of entire columns is refused like an oversized response", async () => {
  const host = createExcelHost();
  await expect(
    host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A:C").load("values");
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
});
