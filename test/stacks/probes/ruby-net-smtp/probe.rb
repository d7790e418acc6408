# Ruby Net::SMTP probe for the client-stack error matrix (test/stacks): settings from SMTP_* env.
require 'net/smtp'
require 'openssl'

def env(name) = ENV.fetch(name, '')

def message
  body = "Hello from the smtp-doctor matrix.\n"
  size = env('SMTP_BODY_BYTES').to_i
  body += ("x" * 76 + "\n") * ((size - body.size) / 77 + 1) if size > body.size
  "From: #{env('SMTP_FROM')}\r\nTo: #{env('SMTP_TO')}\r\nSubject: smtp-doctor matrix probe\r\n\r\n#{body}"
end

begin
  timeout = (env('SMTP_TIMEOUT').empty? ? 10 : env('SMTP_TIMEOUT').to_f)
  smtp = Net::SMTP.new(env('SMTP_HOST'), env('SMTP_PORT').to_i)
  smtp.open_timeout = timeout
  smtp.read_timeout = timeout
  params = env('SMTP_CA_FILE').empty? ? {} : { ca_file: env('SMTP_CA_FILE') }
  context = Net::SMTP.default_ssl_context(params)
  case env('SMTP_SECURITY')
  when 'tls' then smtp.enable_tls(context)
  when 'starttls' then smtp.enable_starttls(context)
  else smtp.disable_starttls
  end
  helo = env('SMTP_HELO').empty? ? 'localhost' : env('SMTP_HELO')
  user = env('SMTP_USER').empty? ? nil : env('SMTP_USER')
  smtp.start(helo, user, user && env('SMTP_PASS'), user && :plain) do |s|
    s.send_message(message, env('SMTP_FROM'), env('SMTP_TO'))
  end
  puts 'OK'
rescue StandardError, Timeout::Error => e
  puts "#{e.class}: #{e.message}"
  exit 1
end
