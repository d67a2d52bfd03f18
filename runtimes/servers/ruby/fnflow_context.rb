# frozen_string_literal: true

# Objects handed to user code by the fnflow ruby runtime server: the Open
# Runtimes v5 context (req, res, log, error), the legacy v2 (req, res) pair,
# and the per-request logger that also captures puts/print and writes to
# $stderr made during the execution.

require 'json'
require 'securerandom'
require 'uri'

module Fnflow
  LOGS_DIR = ENV.fetch('FNFLOW_LOGS_DIR', '/mnt/logs')
  MAX_CALL_CHARS = 8000
  MAX_TOTAL = 5 * 1024 * 1024
  NATIVE_HINT = 'Native logs detected. Use context.log() or context.error() for better experience.'

  def self.response?(value)
    value.is_a?(Hash) && (value.key?('body') || value.key?('statusCode') || value.key?(:body) || value.key?(:statusCode))
  end

  class Logger
    attr_reader :id

    def initialize(logging, id)
      @enabled = (logging.to_s.empty? ? 'enabled' : logging.to_s).downcase != 'disabled'
      @closed = false
      @native_seen = false
      @parts = { log: +'', error: +'' }
      @full = { log: false, error: false }
      @lock = Mutex.new
      @id = ''
      return unless @enabled

      @id = if id.to_s.match?(/\A[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}\z/)
              id.to_s
            elsif ENV['OPEN_RUNTIMES_ENV'] == 'development'
              'dev'
            else
              format('%x', Time.now.to_i) + SecureRandom.hex(6)[0, 12]
            end
    end

    def self.cut(text)
      return text if text.length <= MAX_CALL_CHARS

      nl = text.end_with?("\n") ? "\n" : ''
      "#{text[0, MAX_CALL_CHARS]}... Log truncated due to size limit (#{MAX_CALL_CHARS} characters)#{nl}"
    end

    def self.format_message(messages)
      messages.map do |m|
        case m
        when String then m
        when Exception then ([m.full_message(highlight: false)]).join
        when Hash, Array
          begin
            m.to_json
          rescue StandardError
            m.inspect
          end
        when nil then 'nil'
        else m.to_s
        end
      end.join(' ')
    end

    def push(kind, text)
      @lock.synchronize do
        return if !@enabled || @closed

        part = @parts[kind]
        return if @full[kind]

        if part.bytesize + text.bytesize > MAX_TOTAL
          part << "[fnflow] Log output truncated.\n"
          @full[kind] = true
          return
        end
        part << text.dup.force_encoding(Encoding::UTF_8)
      end
    end

    def log(*messages)
      push(:log, "#{Logger.cut(Logger.format_message(messages).scrub)}\n")
    end

    def error(*messages)
      push(:error, "#{Logger.cut(Logger.format_message(messages).scrub)}\n")
    end

    def native(kind, text)
      unless @native_seen
        @native_seen = true
        push(:log, "#{NATIVE_HINT}\n")
      end
      push(kind, Logger.cut(text.to_s.dup.force_encoding(Encoding::UTF_8).scrub))
    end

    def enabled?
      @enabled && !@closed
    end

    # Writes both files; false when logging is off or they cannot be written.
    def finish
      logs = errors = nil
      @lock.synchronize do
        return false if !@enabled || @closed

        @closed = true
        logs = @parts[:log]
        errors = @parts[:error]
      end
      File.write(File.join(LOGS_DIR, "#{@id}_logs.log"), logs)
      File.write(File.join(LOGS_DIR, "#{@id}_errors.log"), errors)
      true
    rescue SystemCallError, IOError => e
      STDERR.write("fnflow runtime: cannot write logs to #{LOGS_DIR}: #{e.message}\n")
      false
    end
  end

  # Stands in for $stdout / $stderr: writes made by an execution with logging
  # enabled go to its logger, everything else to the real stream.
  class StreamRouter
    def initialize(real, kind)
      @real = real
      @kind = kind
    end

    def write(*args)
      text = args.join
      logger = Thread.current[:fnflow_logger]
      return @real.write(text) if logger.nil? || !logger.enabled?

      logger.native(@kind, text)
      text.bytesize
    end

    def <<(obj)
      write(obj.to_s)
      self
    end

    def print(*args)
      write(*args.map(&:to_s))
      nil
    end

    def printf(fmt, *args)
      write(format(fmt, *args))
      nil
    end

    def puts(*args)
      args = [''] if args.empty?
      args.flatten.each do |a|
        s = a.nil? ? '' : a.to_s
        write(s.end_with?("\n") ? s : "#{s}\n")
      end
      nil
    end

    def flush
      @real.flush
      self
    end

    def sync
      true
    end

    def sync=(_value); end

    def fileno
      @real.fileno
    end

    def tty?
      false
    end
    alias isatty tty?

    def method_missing(name, *args, &block)
      @real.respond_to?(name) ? @real.send(name, *args, &block) : super
    end

    def respond_to_missing?(name, include_private = false)
      @real.respond_to?(name, include_private) || super
    end
  end

  # context.res: every method returns { 'body', 'statusCode', 'headers' }.
  class Response
    def initialize(on_result = nil)
      @on_result = on_result
    end

    def binary(bytes, status_code = 200, headers = {})
      out = { 'body' => bytes.to_s.b, 'statusCode' => status_code, 'headers' => headers.dup }
      @on_result&.call(out)
      out
    end

    def text(body, status_code = 200, headers = {})
      binary(body.to_s, status_code, headers)
    end

    def send(body, status_code = 200, headers = {})
      text(body.is_a?(Hash) || body.is_a?(Array) ? body.to_json : body.to_s, status_code, headers)
    end

    def json(obj, status_code = 200, headers = {})
      headers = headers.dup
      headers['content-type'] = 'application/json' unless headers.keys.any? { |k| k.to_s.downcase == 'content-type' }
      text(obj.to_json, status_code, headers)
    end

    def empty
      text('', 204, {})
    end

    def redirect(url, status_code = 301, headers = {})
      headers = headers.dup
      headers['location'] = url
      text('', status_code, headers)
    end
  end

  # context.req.
  class Request
    attr_reader :method, :headers, :scheme, :host, :port, :path, :query_string, :query, :url, :body_binary

    def initialize(method, target, headers, body)
      path, query_string = target.split('?', 2)
      query_string ||= ''
      scheme = headers.fetch('x-forwarded-proto', 'http').split(',').first.to_s.strip
      scheme = 'http' if scheme.empty?
      default_port = scheme == 'https' ? 443 : 80
      m = headers.fetch('host', '').match(/\A(\[[^\]]*\]|[^:]*)(?::(\d+))?\z/)
      host = m ? m[1] : headers.fetch('host', '')
      port = m && m[2] ? m[2].to_i : default_port
      @query = {}
      query_string.split('&').each do |pair|
        next if pair.empty?

        k, v = pair.split('=', 2)
        k = URI.decode_www_form_component(k) rescue k # rubocop:disable Style/RescueModifier
        next if k.empty?

        @query[k] = v.nil? ? '' : (URI.decode_www_form_component(v) rescue v) # rubocop:disable Style/RescueModifier
      end
      @method = method
      @headers = headers
      @scheme = scheme
      @host = host
      @port = port
      @path = path
      @query_string = query_string
      @url = "#{scheme}://#{host}#{port == default_port ? '' : ":#{port}"}#{path}#{query_string.empty? ? '' : "?#{query_string}"}"
      @body_binary = body.b
    end

    def body_text
      @body_binary.dup.force_encoding(Encoding::UTF_8)
    end

    def body_raw
      body_text
    end

    def body_json
      JSON.parse(body_text)
    end

    def body
      if @headers.fetch('content-type', 'text/plain').downcase.start_with?('application/json')
        return @body_binary.empty? ? {} : body_json
      end

      body_text
    end
  end

  class Context
    attr_reader :req, :res

    def initialize(req, logger)
      @req = req
      @res = Response.new
      @logger = logger
    end

    def log(*messages)
      @logger.log(*messages)
    end

    def error(*messages)
      @logger.error(*messages)
    end
  end

  # The legacy req of main(req, res): payload, variables, headers.
  class LegacyRequest
    attr_reader :payload, :variables, :headers, :env

    def initialize(request)
      @headers = request.headers
      @payload = request.body_text
      @variables = ENV.to_h.reject { |k, _| k.start_with?('OPEN_RUNTIMES_') }
      {
        'APPWRITE_FUNCTION_TRIGGER' => 'x-appwrite-trigger', 'APPWRITE_FUNCTION_EVENT' => 'x-appwrite-event',
        'APPWRITE_FUNCTION_USER_ID' => 'x-appwrite-user-id', 'APPWRITE_FUNCTION_JWT' => 'x-appwrite-user-jwt'
      }.each do |name, header|
        if @headers.key?(header)
          @variables[name] = @headers[header]
        else
          @variables[name] ||= ''
        end
      end
      @variables['APPWRITE_FUNCTION_DATA'] = @payload
      @variables['APPWRITE_FUNCTION_EVENT_DATA'] = @variables['APPWRITE_FUNCTION_TRIGGER'] == 'event' ? @payload : ''
      @env = @variables
    end
  end

  # The legacy res: send/json; the first response made is the answer.
  class LegacyResponse
    attr_reader :result

    def send(text, status = 200, headers = {})
      record(Response.new.send(text, status, headers))
    end

    def json(obj, status = 200, headers = {})
      record(Response.new.json(obj, status, headers))
    end

    private

    def record(out)
      @result ||= out
      out
    end
  end

  class Legacy
    attr_reader :req, :res

    def initialize(request)
      @req = LegacyRequest.new(request)
      @res = LegacyResponse.new
    end
  end
end
