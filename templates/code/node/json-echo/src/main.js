// JSON echo: answers with what it received. A body that is not JSON is a 400.
module.exports = async ({ req, res, log, error }) => {
  let body = null;
  if (req.bodyText) {
    try {
      body = JSON.parse(req.bodyText);
    } catch (e) {
      error(`not JSON: ${e.message}`);
      return res.json({ error: 'The body is not JSON.' }, 400);
    }
  }
  log(`echo ${req.method} ${req.path}`);
  return res.json({
    prefix: process.env.ECHO_PREFIX || '',
    method: req.method,
    path: req.path,
    query: req.query,
    headers: req.headers,
    body,
  });
};
