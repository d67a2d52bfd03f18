// Scheduled report: the function's schedule runs it (trigger "schedule");
// it logs a short report and answers it as JSON.
module.exports = async ({ req, res, log }) => {
  const report = {
    at: new Date().toISOString(),
    trigger: req.headers['x-appwrite-trigger'] || 'unknown',
    functionId: process.env.APPWRITE_FUNCTION_ID || '',
  };
  log(`report: ${JSON.stringify(report)}`);
  return res.json(report);
};
