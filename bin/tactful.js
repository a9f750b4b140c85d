#!/usr/bin/env node
// Entry point for the `tactful` command: runs the compiled CLI from dist/ (`npm run build`).
try {
  await import("../dist/cli/run.js");
} catch (error) {
  const missing =
    error?.code === "ERR_MODULE_NOT_FOUND" &&
    String(error.url ?? error.message).includes("/dist/cli/run.js");
  if (!missing) throw error;
  process.stderr.write(
    "tactful is not built yet: run `npm run build` (or `npm start`) in the tactful folder first.\n" +
      "tactful はまだビルドされていません。tactful のフォルダーで `npm run build`(または `npm start`)を実行してください。\n",
  );
  process.exitCode = 2;
}
