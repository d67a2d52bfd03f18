// A starter function: it answers every request (any method, any path, with or
// without a body). Deploy it with `fnflow deploy`, call it with `fnflow exec`.
module.exports = async ({ req, res, log }) => {
  let name = req.query.name || 'world';
  if (req.bodyText) {
    try {
      name = JSON.parse(req.bodyText).name || name;
    } catch {
      name = req.bodyText;
    }
  }
  log(`${req.method} ${req.path} for ${name}`);
  return res.json({ hello: name, method: req.method, path: req.path });
};
