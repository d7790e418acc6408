# Ruby `mail` gem probe for the client-stack error matrix (test/stacks): the delivery wording Rails apps log.
require 'mail'

def env(name) = ENV.fetch(name, '')

begin
  timeout = (env('SMTP_TIMEOUT').empty? ? 10 : env('SMTP_TIMEOUT').to_i)
  security = env('SMTP_SECURITY')
  options = {
    address: env('SMTP_HOST'), port: env('SMTP_PORT').to_i,
    domain: env('SMTP_HELO').empty? ? 'localhost' : env('SMTP_HELO'),
    # mail 2.7 cannot stay in plain text (net-smtp 0.3 upgrades whenever the server offers STARTTLS):
    # 'none' is Action Mailer's default, enable_starttls_auto, with the CA to trust.
    enable_starttls_auto: security == 'none', enable_starttls: security == 'starttls', tls: security == 'tls',
    open_timeout: timeout, read_timeout: timeout
  }
  options[:ca_file] = env('SMTP_CA_FILE') unless env('SMTP_CA_FILE').empty?
  options.merge!(user_name: env('SMTP_USER'), password: env('SMTP_PASS'), authentication: :plain) unless env('SMTP_USER').empty?
  body = "Hello from the smtp-doctor matrix.\n"
  size = env('SMTP_BODY_BYTES').to_i
  body += ("x" * 76 + "\n") * ((size - body.size) / 77 + 1) if size > body.size
  mail = Mail.new(from: env('SMTP_FROM'), to: env('SMTP_TO'), subject: 'smtp-doctor matrix probe', body: body)
  mail.delivery_method :smtp, options
  mail.deliver!
  puts 'OK'
rescue StandardError, Timeout::Error => e
  puts "#{e.class}: #{e.message}"
  exit 1
end
