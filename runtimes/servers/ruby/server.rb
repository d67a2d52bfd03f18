# frozen_string_literal: true

# fnflow ruby runtime server: the Open Runtimes v5 container contract with
# the standard library only (TCPServer, one thread per connection). See
# runtimes/doc.go for the contract.
#
# User code: OPEN_RUNTIMES_ENTRYPOINT (relative to the function directory)
# defines `def main(context)`, or the legacy `def main(req, res)`. When the
# function directory has a Gemfile, its bundle (installed by the build with
# `bundle install`, path vendor/bundle) is set up before the entrypoint
# loads.

require 'socket'
require 'json'
require 'openssl'
require_relative 'fnflow_context'

module Fnflow
  PORT = 3000
  FUNCTION_DIR = ENV.fetch('FNFLOW_FUNCTION_DIR', '/usr/local/server/src/function')
  MAX_BODY = 20 * 1024 * 1024
  MSG_UNAUTHORIZED = 'Unauthorized. Provide correct "x-open-runtimes-secret" header.'
  MSG_BAD_TIMEOUT = 'Header "x-open-runtimes-timeout" must be an integer greater than 0.'
  MSG_TIMEOUT = 'Execution timed out.'
  MSG_NO_RETURN = 'Return statement missing. return context.res.empty() if no response is expected.'
  MSG_NO_LEGACY = 'No response sent. Call res.send() or res.json().'
  MSG_BAD_RESPONSE = 'Invalid response: return context.res.text(...) or another context.res method.'
  REASONS = {
    200 => 'OK', 201 => 'Created', 202 => 'Accepted', 204 => 'No Content', 301 => 'Moved Permanently',
    302 => 'Found', 304 => 'Not Modified', 400 => 'Bad Request', 404 => 'Not Found', 413 => 'Payload Too Large',
    500 => 'Internal Server Error', 503 => 'Service Unavailable'
  }.freeze
  STARTED_AT = Process.clock_gettime(Process::CLOCK_MONOTONIC)

  class LoadFailure < StandardError; end

  class Failure
    attr_reader :status, :message

    def initialize(status, message)
      @status = status
      @message = message
    end
  end

  @load_lock = Mutex.new
  @loaded = nil
  @stats = { requests: 0, failures: 0 }

  class << self
    attr_reader :stats

    def enforced_headers
      raw = ENV.fetch('OPEN_RUNTIMES_HEADERS', '')
      return {} if raw.empty?

      parsed = JSON.parse(raw)
      parsed.is_a?(Hash) ? parsed : {}
    rescue JSON::ParserError => e
      $stderr.write("fnflow runtime: ignoring OPEN_RUNTIMES_HEADERS, not JSON: #{e.message}\n")
      {}
    end

    # Loads the entrypoint once; the callable main.
    def load_function
      entrypoint = ENV.fetch('OPEN_RUNTIMES_ENTRYPOINT', '')
      raise LoadFailure, 'Failed to load entrypoint, OPEN_RUNTIMES_ENTRYPOINT is not set.' if entrypoint.empty?

      @load_lock.synchronize do
        return @loaded if @loaded

        path = File.expand_path(entrypoint, FUNCTION_DIR)
        raise LoadFailure, "Failed to load entrypoint, file #{entrypoint} does not exist." unless File.file?(path)

        setup_bundle
        $LOAD_PATH.unshift(File.dirname(path)) unless $LOAD_PATH.include?(File.dirname(path))
        $LOAD_PATH.unshift(FUNCTION_DIR) unless $LOAD_PATH.include?(FUNCTION_DIR)
        TOPLEVEL_BINDING.eval('self').send(:load, path)
        unless Object.private_method_defined?(:main) || Object.method_defined?(:main)
          raise LoadFailure, "Failed to load entrypoint #{entrypoint}: it does not define a method main(context). " \
                             "Use: def main(context) context.res.text('...') end"
        end
        @loaded = TOPLEVEL_BINDING.eval('self').method(:main)
      end
    end

    # Sets the function's bundle up (once: Bundler.setup is slow, 1-3 s on
    # a loaded host, so main calls it before the server starts listening and
    # a failure is reported when the entrypoint loads).
    def setup_bundle
      raise @bundle_error if @bundle_error
      return if @bundle_ready

      @bundle_ready = true
      gemfile = File.join(FUNCTION_DIR, 'Gemfile')
      return unless File.file?(gemfile)

      ENV['BUNDLE_GEMFILE'] = gemfile
      bundle = File.join(FUNCTION_DIR, 'vendor', 'bundle')
      ENV['BUNDLE_PATH'] = bundle if File.directory?(bundle)
      ENV['BUNDLE_FROZEN'] = 'true'
      ENV['BUNDLE_USER_HOME'] ||= '/tmp/.bundle'
      require 'bundler/setup'
    end

    def legacy?(fn)
      required = fn.parameters.count { |kind, _| kind == :req }
      required >= 2
    end

    def user_trace(err)
      lines = ["#{err.class}: #{err.message}"]
      lines.concat(err.backtrace.reject { |l| l.start_with?(__FILE__) }) if err.backtrace
      lines.join("\n")
    end

    def invoke(fn, request, logger)
      if legacy?(fn)
        legacy = Legacy.new(request)
        returned = fn.call(legacy.req, legacy.res)
        return legacy.res.result if legacy.res.result
        return returned if Fnflow.response?(returned)

        return Failure.new(500, MSG_NO_LEGACY)
      end
      output = fn.call(Context.new(request, logger))
      return Failure.new(500, MSG_NO_RETURN) if output.nil?
      return Failure.new(500, MSG_BAD_RESPONSE) unless Fnflow.response?(output)

      output
    end

    # Runs the user function in its own thread, so a timeout answers on time.
    def execute(request, logger, timeout)
      fn = begin
        Thread.current[:fnflow_logger] = logger
        load_function
      rescue LoadFailure => e
        return Failure.new(503, e.message)
      rescue ScriptError, StandardError => e
        return Failure.new(503, "Failed to load module: #{user_trace(e)}")
      ensure
        Thread.current[:fnflow_logger] = nil
      end
      box = {}
      worker = Thread.new do
        Thread.current[:fnflow_logger] = logger
        Thread.current.report_on_exception = false
        begin
          box[:output] = invoke(fn, request, logger)
        rescue Exception => e # rubocop:disable Lint/RescueException -- includes exit and ScriptError from user code
          box[:output] = Failure.new(500, user_trace(e))
        end
      end
      unless worker.join(timeout.positive? ? timeout : nil)
        worker.kill
        return Failure.new(500, MSG_TIMEOUT)
      end
      box[:output]
    end

    def clean(value)
      value.to_s.tr("\r\n", '  ')
    end

    def write_response(sock, method, status, headers, body, close)
      no_body = status < 200 || status == 204 || status == 304
      out = +"HTTP/1.1 #{status} #{REASONS.fetch(status, 'Status')}\r\n"
      headers.each { |k, v| out << "#{k}: #{clean(v)}\r\n" }
      out << "content-length: #{body.bytesize}\r\n" unless no_body
      out << "connection: close\r\n" if close
      out << "\r\n"
      out.force_encoding(Encoding::BINARY)
      out << body.b if method != 'HEAD' && !no_body
      sock.write(out)
    end

    def plain(sock, method, status, text, close = false)
      write_response(sock, method, status, [['content-type', 'text/plain; charset=utf-8']], text, close)
    end

    def read_exactly(sock, n)
      buf = +''.b
      while buf.bytesize < n
        chunk = sock.read(n - buf.bytesize)
        break if chunk.nil? || chunk.empty?

        buf << chunk
      end
      buf
    end

    # One request from sock: a Hash, :bad/:too_large, or nil at the end.
    def read_request(sock)
      line = sock.gets("\n", 65_536)
      line = sock.gets("\n", 65_536) while ["\r\n", "\n"].include?(line)
      return nil if line.nil?

      method, target, version = line.strip.split(' ', 3)
      return :bad if version.nil?

      headers = {}
      size = 0
      loop do
        h = sock.gets("\n", 65_536)
        return nil if h.nil?

        size += h.bytesize
        return :bad if size > 256 * 1024
        break if ["\r\n", "\n"].include?(h)

        name, value = h.split(':', 2)
        next if value.nil?

        name = name.strip.downcase
        value = value.strip
        headers[name] = headers.key?(name) ? "#{headers[name]}, #{value}" : value
      end
      close = headers['connection'].to_s.downcase == 'close' || version == 'HTTP/1.0'
      body = +''.b
      if headers['transfer-encoding'].to_s.downcase.include?('chunked')
        loop do
          size_line = sock.gets("\n", 1024)
          return nil if size_line.nil?

          n = size_line.split(';').first.strip.to_i(16)
          if n.zero?
            loop do
              t = sock.gets("\n", 65_536)
              break if t.nil? || ["\r\n", "\n"].include?(t)
            end
            break
          end
          return :too_large if body.bytesize + n > MAX_BODY

          body << read_exactly(sock, n)
          sock.gets("\n", 3)
        end
      else
        length = headers['content-length'].to_i
        return :too_large if length > MAX_BODY

        if length.positive?
          body = read_exactly(sock, length)
          return nil if body.bytesize < length
        end
      end
      { method: method, target: target, headers: headers, body: body, close: close }
    end

    def handle(sock, req)
      method = req[:method]
      path = req[:target].split('?', 2).first
      return plain(sock, method, 200, 'OK') if path == '/__opr/health'

      secret = ENV.fetch('OPEN_RUNTIMES_SECRET', '')
      given = req[:headers].fetch('x-open-runtimes-secret', '')
      if !secret.empty? && !(given.bytesize == secret.bytesize && OpenSSL.fixed_length_secure_compare(given, secret))
        return plain(sock, method, 500, MSG_UNAUTHORIZED)
      end
      if path == '/__opr/timings'
        uptime = Process.clock_gettime(Process::CLOCK_MONOTONIC) - STARTED_AT
        return plain(sock, method, 200,
                     format("uptime_seconds=%.3f\nrequests=%d\nfailures=%d\n", uptime, @stats[:requests], @stats[:failures]))
      end
      raw_timeout = req[:headers].fetch('x-open-runtimes-timeout', '')
      timeout = 0
      unless raw_timeout.empty?
        return plain(sock, method, 500, MSG_BAD_TIMEOUT) unless raw_timeout.match?(/\A\d+\z/) && raw_timeout.to_i >= 1

        timeout = raw_timeout.to_i
      end
      @stats[:requests] += 1
      headers = req[:headers].reject { |k, _| k.start_with?('x-open-runtimes-') }
      ENFORCED_HEADERS.each { |k, v| headers[k.to_s.downcase] = v.to_s }
      logger = Logger.new(req[:headers].fetch('x-open-runtimes-logging', ''), req[:headers].fetch('x-open-runtimes-log-id', ''))
      request = Request.new(method, req[:target], headers, req[:body])
      output = execute(request, logger, timeout)
      if output.is_a?(Failure)
        logger.error(output.message)
        output = { 'body' => '', 'statusCode' => output.status, 'headers' => {} }
      end
      respond(sock, method, output, logger, req[:close])
    end

    def respond(sock, method, output, logger, close)
      body = output['body'] || output[:body] || ''
      body = body.to_json if body.is_a?(Hash) || body.is_a?(Array)
      body = body.to_s
      status = output['statusCode'] || output[:statusCode] || output['status_code'] || output[:status_code] || 200
      unless status.is_a?(Integer) && status >= 100 && status <= 999
        logger.error("Invalid status code: #{status.inspect}")
        status = 500
        body = ''
      end
      content_type = 'text/plain'
      list = []
      (output['headers'] || output[:headers] || {}).each do |k, v|
        k = k.to_s.downcase
        next if k.start_with?('x-open-runtimes-') || %w[content-length transfer-encoding connection].include?(k)

        if k == 'content-type'
          content_type = (v.is_a?(Array) ? v.first : v).to_s.downcase
          next
        end
        Array(v).each { |one| list << [k, one.to_s] }
      end
      content_type += '; charset=utf-8' unless content_type.start_with?('multipart/') || content_type.include?('charset=')
      list << ['content-type', content_type]
      list << ['x-open-runtimes-log-id', URI_ESCAPE.call(logger.id)] if logger.finish
      @stats[:failures] += 1 if status >= 500
      write_response(sock, method, status, list, body, close)
    end

    def serve(sock)
      loop do
        req = read_request(sock)
        break if req.nil?

        if req == :bad || req == :too_large
          plain(sock, 'GET', req == :bad ? 400 : 413, req == :bad ? 'Bad request.' : 'Request body too large.', true)
          break
        end
        handle(sock, req)
        break if req[:close]
      end
    rescue IOError, SystemCallError
      nil
    ensure
      sock.close unless sock.closed?
    end

    def main
      begin
        setup_bundle
      rescue ScriptError, StandardError => e
        @bundle_error = e
        @bundle_ready = false
      end
      $stdout = StreamRouter.new($stdout, :log)
      $stderr = StreamRouter.new($stderr, :error)
      server = TCPServer.new('0.0.0.0', PORT)
      trap('TERM') { exit(0) }
      STDOUT.write("HTTP server successfully started!\n")
      STDOUT.flush
      loop do
        sock = server.accept
        Thread.new(sock) { |s| serve(s) }
      end
    end
  end

  URI_ESCAPE = ->(s) { s.gsub(/[^A-Za-z0-9._~-]/) { |c| c.unpack('C*').map { |b| format('%%%02X', b) }.join } }
  ENFORCED_HEADERS = enforced_headers
end

Fnflow.main if $PROGRAM_NAME == __FILE__
