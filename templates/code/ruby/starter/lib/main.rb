# A starter function: it answers every request (any method, any path, with or
# without a body). Deploy it with `fnflow deploy`, call it with `fnflow exec`.
require 'json'

def main(context)
  req = context.req
  name = req.query['name'] || 'world'
  unless req.body_text.to_s.empty?
    begin
      data = JSON.parse(req.body_text)
      name = data['name'] || name if data.is_a?(Hash)
    rescue JSON::ParserError
      name = req.body_text
    end
  end
  context.log("#{req.method} #{req.path} for #{name}")
  context.res.json({ hello: name, method: req.method, path: req.path })
end
